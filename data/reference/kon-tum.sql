-- SPDX-License-Identifier: GPL-3.0-or-later
-- Reference data of a new database: plan 2340/KH-UBND of the Kon Tum
-- provincial People's Committee with its targets, quotas and tasks, the
-- agencies it names, Kon Tum's administrative units before and after
-- 1/7/2025, industrial sectors, resources with TOE factors and the
-- department's default settings.
--
-- sxsh_reference_load() runs this script inside one transaction when the
-- database holds no plan yet.  Every row has a fixed id and every insert
-- ends with ON CONFLICT DO NOTHING, so running it again over a database
-- whose officers have already edited some rows restores what is missing
-- and never overwrites their changes.

-- ---------------------------------------------------------------------------
-- The plan
-- ---------------------------------------------------------------------------

INSERT INTO plan (id, code, title, issuer, issued_on, first_year, last_year, notes)
VALUES (1, '2340/KH-UBND',
        'Kế hoạch thực hiện Chiến lược sản xuất sạch hơn trong công nghiệp giai đoạn 2016 - 2020 trên địa bàn tỉnh Kon Tum',
        'UBND tỉnh Kon Tum', '2016-09-26', 2016, 2020,
        'Thực hiện Quyết định số 1419/QĐ-TTg ngày 07/9/2009 của Thủ tướng Chính phủ về Chiến lược sản xuất sạch hơn trong công nghiệp đến năm 2020 và Quyết định số 835/QĐ-UBND ngày 24/10/2013 của UBND tỉnh Kon Tum.')
ON CONFLICT DO NOTHING;

-- Section II.2 of the plan.  The savings band applies to energy, raw
-- materials, fuel and materials per product unit; the dedicated-unit target
-- counts medium enterprises only (the national strategy says "medium and
-- large": change size_classes to 'medium,large' for a plan that follows it).
INSERT INTO plan_target (id, plan_id, indicator_key, target_pct, band_low_pct, band_high_pct, size_classes)
VALUES (1, 1, 'informed',        90, NULL, NULL, ''),
       (2, 1, 'applying',        50,    8,   13, ''),
       (3, 1, 'applying_saving', 50,    8,   13, ''),
       (4, 1, 'dedicated_unit',  90, NULL, NULL, 'medium')
ON CONFLICT DO NOTHING;

-- Section III.2 of the plan: each year technical support for 2 to 3
-- facilities and 1 to 2 demonstration models proposed for central funding;
-- certificates are issued on request, with no yearly number.
INSERT INTO plan_quota (id, plan_id, quota_key, min_count, max_count)
VALUES (1, 1, 'support_facilities', 2, 3),
       (2, 1, 'demo_models',        1, 2),
       (3, 1, 'certificates',       0, NULL)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------
-- Agencies: every body named in section V of the plan, plus the People's
-- Committee and the Ministry that receive the annual report.  Section V.10
-- obliges the departments, bodies and units with tasks (and V.8 the
-- districts) to report before 30/11 each year: reports_annually = 1.
-- The Department of Industry and Trade consolidates the reports and does not
-- report to itself.
-- ---------------------------------------------------------------------------

INSERT INTO agency (id, name, short_name, kind, reports_annually)
VALUES ( 1, 'UBND tỉnh Kon Tum',                       'UBND tỉnh',   'people_committee', 0),
       ( 2, 'Bộ Công Thương',                          'BCT',         'ministry',         0),
       ( 3, 'Sở Công Thương',                          'SCT',         'department',       0),
       ( 4, 'Sở Tài chính',                            'STC',         'department',       1),
       ( 5, 'Sở Kế hoạch và Đầu tư',                   'SKHĐT',       'department',       1),
       ( 6, 'Sở Tài nguyên và Môi trường',             'STNMT',       'department',       1),
       ( 7, 'Sở Khoa học và Công nghệ',                'SKHCN',       'department',       1),
       ( 8, 'Sở Thông tin và Truyền thông',            'STTTT',       'department',       1),
       ( 9, 'Ban quản lý Khu Kinh tế tỉnh',            'BQL KKT',     'zone_board',       1),
       (10, 'Trung tâm phát triển Cụm công nghiệp các huyện, thành phố', 'TTPT CCN', 'zone_board', 1),
       (11, 'Đài Phát thanh - Truyền hình Kon Tum',    'Đài PT-TH',   'media',            1),
       (12, 'Báo Kon Tum',                             'Báo Kon Tum', 'media',            1),
       (20, 'UBND thành phố Kon Tum',                  '',            'district',         1),
       (21, 'UBND huyện Đắk Glei',                     '',            'district',         1),
       (22, 'UBND huyện Đắk Hà',                       '',            'district',         1),
       (23, 'UBND huyện Đắk Tô',                       '',            'district',         1),
       (24, 'UBND huyện Ia H''Drai',                   '',            'district',         1),
       (25, 'UBND huyện Kon Plông',                    '',            'district',         1),
       (26, 'UBND huyện Kon Rẫy',                      '',            'district',         1),
       (27, 'UBND huyện Ngọc Hồi',                     '',            'district',         1),
       (28, 'UBND huyện Sa Thầy',                      '',            'district',         1),
       (29, 'UBND huyện Tu Mơ Rông',                   '',            'district',         1)
ON CONFLICT DO NOTHING;

-- The district level ended on 30/6/2025 (Resolution 202/2025/QH15).
UPDATE agency SET valid_to = '2025-06-30' WHERE id BETWEEN 20 AND 29 AND valid_to IS NULL;

-- ---------------------------------------------------------------------------
-- Plan tasks: the rows of the appendix "Danh mục các nhiệm vụ chủ yếu".
-- The appendix puts two activities under 1.1 and two under 1.2 and numbers
-- sections II and III without row numbers; each activity is its own row
-- here (1.1b, 1.2b, 2.1, 2.2, 3.1) so that events and funding can point at
-- exactly one of them.
-- ---------------------------------------------------------------------------

INSERT INTO plan_task (id, plan_id, code, section, task, content, expected_result, timing, position)
VALUES
  (1, 1, '1.1', 'I',
   'Xây dựng và triển khai kế hoạch truyền thông',
   'Tổ chức các hội thảo trao đổi, chia sẻ kinh nghiệm về SXSH trong công nghiệp (giới thiệu các điển hình áp dụng thành công các giải pháp SXSH vào sản xuất), chú trọng các ngành nghề sản xuất chế biến mủ cao su, gỗ, tinh bột sắn, đường, vật liệu xây dựng (gạch, ngói), khoáng sản.',
   'Nhận thức rõ hơn về lợi ích và hiệu quả của việc áp dụng SXSH vào sản xuất; học hỏi, triển khai thực hiện, lồng ghép nhiều giải pháp SXSH vào sản xuất nhằm mang lại hiệu quả cao hơn.',
   'Hàng năm', 1),
  (2, 1, '1.1b', 'I',
   'Xây dựng và triển khai kế hoạch truyền thông',
   'Xây dựng và phát hành các phóng sự, bài viết về hiệu quả áp dụng SXSH trong công nghiệp; biên tập, in ấn, phát hành tài liệu, sổ tay, tờ rơi, panô, áp phích về SXSH.',
   'Nâng cao nhận thức cho các cơ sở sản xuất và người lao động; nhận thức rõ lợi ích và hiệu quả của SXSH và chủ động áp dụng những giải pháp đơn giản, ít tốn chi phí và mang lại hiệu quả ngay cho đơn vị.',
   'Hàng năm', 2),
  (3, 1, '1.2', 'I',
   'Đào tạo, nâng cao năng lực áp dụng SXSH trong công nghiệp',
   'Tổ chức các khóa tập huấn chuyên sâu về áp dụng SXSH, tiết kiệm năng lượng cho các cơ sở sản xuất công nghiệp (đối tượng là lãnh đạo, cán bộ kỹ thuật của các cơ sở sản xuất).',
   'Nâng cao nhận thức và kỹ năng áp dụng SXSH vào thực tế sản xuất tại các cơ sở sản xuất.',
   'Hàng năm', 3),
  (4, 1, '1.2b', 'I',
   'Đào tạo, nâng cao năng lực áp dụng SXSH trong công nghiệp',
   'Tổ chức tập huấn tư vấn, hướng dẫn áp dụng SXSH cho cán bộ phụ trách SXSH trên địa bàn các huyện, thành phố.',
   'Nâng cao trình độ, kỹ năng tư vấn, hướng dẫn triển khai áp dụng SXSH cho cán bộ quản lý trên địa bàn tỉnh.',
   'Hàng năm', 4),
  (5, 1, '2.1', 'II',
   'Hỗ trợ kỹ thuật về áp dụng SXSH cho các cơ sở sản xuất công nghiệp',
   'Hỗ trợ từ 2 - 3 cơ sở/năm thực hiện đánh giá nhanh, đánh giá chi tiết và tư vấn kỹ thuật SXSH.',
   'Tiết kiệm nguyên, nhiên, vật liệu và năng lượng cho các cơ sở sản xuất.',
   'Hàng năm', 5),
  (6, 1, '2.2', 'II',
   'Hỗ trợ kỹ thuật về áp dụng SXSH cho các cơ sở sản xuất công nghiệp',
   'Hỗ trợ thực hiện từ ngân sách Trung ương 1 - 2 mô hình trình diễn về SXSH cho các cơ sở sản xuất công nghiệp đặc trưng của tỉnh.',
   'Tiết kiệm nguyên, nhiên, vật liệu và năng lượng cho các cơ sở sản xuất.',
   'Hàng năm', 6),
  (7, 1, '3.1', 'III',
   'Xây dựng cơ sở dữ liệu về SXSH tỉnh Kon Tum',
   'Mở chuyên mục về SXSH trong công nghiệp trên trang thông tin điện tử của Sở Công Thương (cơ sở dữ liệu các cơ sở sản xuất điển hình về áp dụng SXSH; hiện trạng công nghệ; mức tiêu hao nguyên, nhiên, vật liệu, năng lượng...); duy trì và phát huy hiệu quả chuyên mục về SXSH trong công nghiệp trên website của Sở Công Thương.',
   'Tạo điều kiện cho cơ sở sản xuất công nghiệp khai thác, cập nhật thông tin về SXSH.',
   'Hàng năm', 7)
ON CONFLICT DO NOTHING;

-- Lead and partner agencies as the appendix names them.  "Cơ quan truyền
-- thông" are the provincial radio-television station and newspaper; the
-- generic "các sở, ban, ngành có liên quan", consultants and facilities are
-- not agencies of this list and are left to the officers.
INSERT INTO plan_task_agency (task_id, agency_id, role)
VALUES (1, 3, 'lead'), (1, 11, 'partner'), (1, 12, 'partner'),
       (2, 3, 'lead'), (2, 8, 'partner'), (2, 11, 'partner'), (2, 12, 'partner'),
       (3, 3, 'lead'), (3, 11, 'partner'), (3, 12, 'partner'),
       (4, 3, 'lead'), (4, 11, 'partner'), (4, 12, 'partner'),
       (5, 3, 'lead'), (5, 11, 'partner'), (5, 12, 'partner'),
       (5, 20, 'partner'), (5, 21, 'partner'), (5, 22, 'partner'), (5, 23, 'partner'),
       (5, 24, 'partner'), (5, 25, 'partner'), (5, 26, 'partner'), (5, 27, 'partner'),
       (5, 28, 'partner'), (5, 29, 'partner'),
       (6, 3, 'lead'), (6, 11, 'partner'), (6, 12, 'partner'),
       (6, 20, 'partner'), (6, 21, 'partner'), (6, 22, 'partner'), (6, 23, 'partner'),
       (6, 24, 'partner'), (6, 25, 'partner'), (6, 26, 'partner'), (6, 27, 'partner'),
       (6, 28, 'partner'), (6, 29, 'partner'),
       (7, 3, 'lead'), (7, 8, 'partner')
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------
-- Administrative units.
--
-- Until 30/6/2025: the province of Kon Tum, Kon Tum city and nine districts,
-- and their 102 communes, wards and townships as divided since 2019 (the
-- township of Măng Đen replaced the commune of Đắk Long of Kon Plông on
-- 1/9/2019).  Spellings follow the usual "Đắk" form of that period.
--
-- From 1/7/2025 (Resolution 202/2025/QH15): Kon Tum is part of the new
-- province of Quảng Ngãi and the district level is abolished, so the new
-- communes and wards hang directly under the province.  The list of new
-- units below is REPRESENTATIVE, not complete: it holds the wards and
-- communes of the former Kon Tum area whose names we could confirm from
-- published sources (the three wards of the former city, and communes named
-- after former townships or kept unchanged).  Officers add the remaining
-- units in the application (Preferences → Administrative units) when they
-- register a facility there.
-- ---------------------------------------------------------------------------

INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (1, 'Kon Tum',    'tỉnh', 'province', NULL, NULL,         '2025-06-30'),
       (2, 'Quảng Ngãi', 'tỉnh', 'province', NULL, '2025-07-01', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (10, 'Kon Tum',    'thành phố', 'district', 1, NULL, '2025-06-30'),
       (11, 'Đắk Glei',   'huyện',     'district', 1, NULL, '2025-06-30'),
       (12, 'Đắk Hà',     'huyện',     'district', 1, NULL, '2025-06-30'),
       (13, 'Đắk Tô',     'huyện',     'district', 1, NULL, '2025-06-30'),
       (14, 'Ia H''Drai', 'huyện',     'district', 1, NULL, '2025-06-30'),
       (15, 'Kon Plông',  'huyện',     'district', 1, NULL, '2025-06-30'),
       (16, 'Kon Rẫy',    'huyện',     'district', 1, NULL, '2025-06-30'),
       (17, 'Ngọc Hồi',   'huyện',     'district', 1, NULL, '2025-06-30'),
       (18, 'Sa Thầy',    'huyện',     'district', 1, NULL, '2025-06-30'),
       (19, 'Tu Mơ Rông', 'huyện',     'district', 1, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Kon Tum city: 10 wards and 11 communes.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (100, 'Quyết Thắng',   'phường', 'commune', 10, NULL, '2025-06-30'),
       (101, 'Quang Trung',   'phường', 'commune', 10, NULL, '2025-06-30'),
       (102, 'Thắng Lợi',     'phường', 'commune', 10, NULL, '2025-06-30'),
       (103, 'Thống Nhất',    'phường', 'commune', 10, NULL, '2025-06-30'),
       (104, 'Trường Chinh',  'phường', 'commune', 10, NULL, '2025-06-30'),
       (105, 'Duy Tân',       'phường', 'commune', 10, NULL, '2025-06-30'),
       (106, 'Lê Lợi',        'phường', 'commune', 10, NULL, '2025-06-30'),
       (107, 'Ngô Mây',       'phường', 'commune', 10, NULL, '2025-06-30'),
       (108, 'Nguyễn Trãi',   'phường', 'commune', 10, NULL, '2025-06-30'),
       (109, 'Trần Hưng Đạo', 'phường', 'commune', 10, NULL, '2025-06-30'),
       (110, 'Chư Hreng',     'xã',     'commune', 10, NULL, '2025-06-30'),
       (111, 'Đắk Blà',       'xã',     'commune', 10, NULL, '2025-06-30'),
       (112, 'Đắk Cấm',       'xã',     'commune', 10, NULL, '2025-06-30'),
       (113, 'Đắk Năng',      'xã',     'commune', 10, NULL, '2025-06-30'),
       (114, 'Đắk Rơ Wa',     'xã',     'commune', 10, NULL, '2025-06-30'),
       (115, 'Đoàn Kết',      'xã',     'commune', 10, NULL, '2025-06-30'),
       (116, 'Hòa Bình',      'xã',     'commune', 10, NULL, '2025-06-30'),
       (117, 'Ia Chim',       'xã',     'commune', 10, NULL, '2025-06-30'),
       (118, 'Kroong',        'xã',     'commune', 10, NULL, '2025-06-30'),
       (119, 'Ngọk Bay',      'xã',     'commune', 10, NULL, '2025-06-30'),
       (120, 'Vinh Quang',    'xã',     'commune', 10, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Đắk Glei.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (130, 'Đắk Glei',    'thị trấn', 'commune', 11, NULL, '2025-06-30'),
       (131, 'Đắk Choong',  'xã',       'commune', 11, NULL, '2025-06-30'),
       (132, 'Đắk Kroong',  'xã',       'commune', 11, NULL, '2025-06-30'),
       (133, 'Đắk Long',    'xã',       'commune', 11, NULL, '2025-06-30'),
       (134, 'Đắk Man',     'xã',       'commune', 11, NULL, '2025-06-30'),
       (135, 'Đắk Môn',     'xã',       'commune', 11, NULL, '2025-06-30'),
       (136, 'Đắk Nhoong',  'xã',       'commune', 11, NULL, '2025-06-30'),
       (137, 'Đắk Pék',     'xã',       'commune', 11, NULL, '2025-06-30'),
       (138, 'Đắk Plô',     'xã',       'commune', 11, NULL, '2025-06-30'),
       (139, 'Mường Hoong', 'xã',       'commune', 11, NULL, '2025-06-30'),
       (140, 'Ngọc Linh',   'xã',       'commune', 11, NULL, '2025-06-30'),
       (141, 'Xốp',         'xã',       'commune', 11, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Đắk Hà.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (150, 'Đắk Hà',     'thị trấn', 'commune', 12, NULL, '2025-06-30'),
       (151, 'Đắk Hring',  'xã',       'commune', 12, NULL, '2025-06-30'),
       (152, 'Đắk La',     'xã',       'commune', 12, NULL, '2025-06-30'),
       (153, 'Đắk Long',   'xã',       'commune', 12, NULL, '2025-06-30'),
       (154, 'Đắk Mar',    'xã',       'commune', 12, NULL, '2025-06-30'),
       (155, 'Đắk Ngọk',   'xã',       'commune', 12, NULL, '2025-06-30'),
       (156, 'Đắk Psi',    'xã',       'commune', 12, NULL, '2025-06-30'),
       (157, 'Đắk Ui',     'xã',       'commune', 12, NULL, '2025-06-30'),
       (158, 'Hà Mòn',     'xã',       'commune', 12, NULL, '2025-06-30'),
       (159, 'Ngọk Réo',   'xã',       'commune', 12, NULL, '2025-06-30'),
       (160, 'Ngọk Wang',  'xã',       'commune', 12, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Đắk Tô.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (170, 'Đắk Tô',      'thị trấn', 'commune', 13, NULL, '2025-06-30'),
       (171, 'Diên Bình',   'xã',       'commune', 13, NULL, '2025-06-30'),
       (172, 'Kon Đào',     'xã',       'commune', 13, NULL, '2025-06-30'),
       (173, 'Ngọk Tụ',     'xã',       'commune', 13, NULL, '2025-06-30'),
       (174, 'Pô Kô',       'xã',       'commune', 13, NULL, '2025-06-30'),
       (175, 'Tân Cảnh',    'xã',       'commune', 13, NULL, '2025-06-30'),
       (176, 'Văn Lem',     'xã',       'commune', 13, NULL, '2025-06-30'),
       (177, 'Đắk Rơ Nga',  'xã',       'commune', 13, NULL, '2025-06-30'),
       (178, 'Đắk Trăm',    'xã',       'commune', 13, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Ia H'Drai.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (190, 'Ia Dom', 'xã', 'commune', 14, NULL, '2025-06-30'),
       (191, 'Ia Đal', 'xã', 'commune', 14, NULL, '2025-06-30'),
       (192, 'Ia Tơi', 'xã', 'commune', 14, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Kon Plông: the commune of Đắk Long became the township of Măng Đen.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (200, 'Măng Đen',   'thị trấn', 'commune', 15, '2019-09-01', '2025-06-30'),
       (201, 'Đắk Long',   'xã',       'commune', 15, NULL,         '2019-08-31'),
       (202, 'Hiếu',       'xã',       'commune', 15, NULL,         '2025-06-30'),
       (203, 'Măng Bút',   'xã',       'commune', 15, NULL,         '2025-06-30'),
       (204, 'Măng Cành',  'xã',       'commune', 15, NULL,         '2025-06-30'),
       (205, 'Ngọk Tem',   'xã',       'commune', 15, NULL,         '2025-06-30'),
       (206, 'Pờ Ê',       'xã',       'commune', 15, NULL,         '2025-06-30'),
       (207, 'Đắk Nên',    'xã',       'commune', 15, NULL,         '2025-06-30'),
       (208, 'Đắk Ring',   'xã',       'commune', 15, NULL,         '2025-06-30'),
       (209, 'Đắk Tăng',   'xã',       'commune', 15, NULL,         '2025-06-30')
ON CONFLICT DO NOTHING;

-- Kon Rẫy.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (220, 'Đắk Rve',     'thị trấn', 'commune', 16, NULL, '2025-06-30'),
       (221, 'Đắk Kôi',     'xã',       'commune', 16, NULL, '2025-06-30'),
       (222, 'Đắk Pne',     'xã',       'commune', 16, NULL, '2025-06-30'),
       (223, 'Đắk Ruồng',   'xã',       'commune', 16, NULL, '2025-06-30'),
       (224, 'Đắk Tơ Lung', 'xã',       'commune', 16, NULL, '2025-06-30'),
       (225, 'Đắk Tờ Re',   'xã',       'commune', 16, NULL, '2025-06-30'),
       (226, 'Tân Lập',     'xã',       'commune', 16, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Ngọc Hồi.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (240, 'Plei Kần',  'thị trấn', 'commune', 17, NULL, '2025-06-30'),
       (241, 'Bờ Y',      'xã',       'commune', 17, NULL, '2025-06-30'),
       (242, 'Đắk Ang',   'xã',       'commune', 17, NULL, '2025-06-30'),
       (243, 'Đắk Dục',   'xã',       'commune', 17, NULL, '2025-06-30'),
       (244, 'Đắk Kan',   'xã',       'commune', 17, NULL, '2025-06-30'),
       (245, 'Đắk Nông',  'xã',       'commune', 17, NULL, '2025-06-30'),
       (246, 'Đắk Xú',    'xã',       'commune', 17, NULL, '2025-06-30'),
       (247, 'Sa Loong',  'xã',       'commune', 17, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Sa Thầy.
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (260, 'Sa Thầy',   'thị trấn', 'commune', 18, NULL, '2025-06-30'),
       (261, 'Hơ Moong',  'xã',       'commune', 18, NULL, '2025-06-30'),
       (262, 'Mô Rai',    'xã',       'commune', 18, NULL, '2025-06-30'),
       (263, 'Rờ Kơi',    'xã',       'commune', 18, NULL, '2025-06-30'),
       (264, 'Sa Bình',   'xã',       'commune', 18, NULL, '2025-06-30'),
       (265, 'Sa Nghĩa',  'xã',       'commune', 18, NULL, '2025-06-30'),
       (266, 'Sa Nhơn',   'xã',       'commune', 18, NULL, '2025-06-30'),
       (267, 'Sa Sơn',    'xã',       'commune', 18, NULL, '2025-06-30'),
       (268, 'Ya Ly',     'xã',       'commune', 18, NULL, '2025-06-30'),
       (269, 'Ya Tăng',   'xã',       'commune', 18, NULL, '2025-06-30'),
       (270, 'Ya Xiêr',   'xã',       'commune', 18, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Tu Mơ Rông (its commune of Đắk Hà is not the district of Đắk Hà).
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (280, 'Tu Mơ Rông',   'xã', 'commune', 19, NULL, '2025-06-30'),
       (281, 'Đắk Hà',       'xã', 'commune', 19, NULL, '2025-06-30'),
       (282, 'Đắk Na',       'xã', 'commune', 19, NULL, '2025-06-30'),
       (283, 'Đắk Rơ Ông',   'xã', 'commune', 19, NULL, '2025-06-30'),
       (284, 'Đắk Sao',      'xã', 'commune', 19, NULL, '2025-06-30'),
       (285, 'Đắk Tờ Kan',   'xã', 'commune', 19, NULL, '2025-06-30'),
       (286, 'Măng Ri',      'xã', 'commune', 19, NULL, '2025-06-30'),
       (287, 'Ngọk Lây',     'xã', 'commune', 19, NULL, '2025-06-30'),
       (288, 'Ngọk Yêu',     'xã', 'commune', 19, NULL, '2025-06-30'),
       (289, 'Tê Xăng',      'xã', 'commune', 19, NULL, '2025-06-30'),
       (290, 'Văn Xuôi',     'xã', 'commune', 19, NULL, '2025-06-30')
ON CONFLICT DO NOTHING;

-- Quảng Ngãi from 1/7/2025: representative wards and communes of the former
-- Kon Tum area (see the note above), written as the 2025 resolutions spell
-- them ("Đăk").
INSERT INTO admin_unit (id, name, kind, level, parent_id, valid_from, valid_to)
VALUES (500, 'Kon Tum',     'phường', 'commune', 2, '2025-07-01', NULL),
       (501, 'Đăk Cấm',     'phường', 'commune', 2, '2025-07-01', NULL),
       (502, 'Đăk Bla',     'phường', 'commune', 2, '2025-07-01', NULL),
       (503, 'Ngọc Bay',    'xã',     'commune', 2, '2025-07-01', NULL),
       (504, 'Ia Chim',     'xã',     'commune', 2, '2025-07-01', NULL),
       (505, 'Đăk Rơ Wa',   'xã',     'commune', 2, '2025-07-01', NULL),
       (506, 'Đăk Hà',      'xã',     'commune', 2, '2025-07-01', NULL),
       (507, 'Đăk Tô',      'xã',     'commune', 2, '2025-07-01', NULL),
       (508, 'Sa Thầy',     'xã',     'commune', 2, '2025-07-01', NULL),
       (509, 'Đăk Glei',    'xã',     'commune', 2, '2025-07-01', NULL),
       (510, 'Măng Đen',    'xã',     'commune', 2, '2025-07-01', NULL),
       (511, 'Tu Mơ Rông',  'xã',     'commune', 2, '2025-07-01', NULL),
       (512, 'Rờ Kơi',      'xã',     'commune', 2, '2025-07-01', NULL),
       (513, 'Mô Rai',      'xã',     'commune', 2, '2025-07-01', NULL),
       (514, 'Ia Đal',      'xã',     'commune', 2, '2025-07-01', NULL)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------
-- Sectors: the six priority sectors that the plan's appendix names (task
-- 1.1), then other common industries of the province.  product_unit is the
-- unit production output is usually reported in.
-- ---------------------------------------------------------------------------

INSERT INTO sector (id, name, priority, product_unit)
VALUES ( 1, 'Chế biến mủ cao su',                        1, 't'),
       ( 2, 'Chế biến gỗ',                               1, 'm³'),
       ( 3, 'Chế biến tinh bột sắn',                     1, 't'),
       ( 4, 'Sản xuất đường',                            1, 't'),
       ( 5, 'Sản xuất vật liệu xây dựng (gạch, ngói)',   1, '1000 viên QTC'),
       ( 6, 'Khai thác và chế biến khoáng sản',          1, 'm³'),
       (20, 'Chế biến cà phê',                           0, 't'),
       (21, 'Chế biến thực phẩm',                        0, 't'),
       (22, 'Sản xuất nước giải khát',                   0, '1000 lít'),
       (23, 'Cơ khí',                                    0, 't'),
       (24, 'Dệt may',                                   0, '1000 sản phẩm'),
       (25, 'Sản xuất điện (thủy điện)',                 0, 'MWh'),
       (26, 'Chế biến nông sản khác',                    0, 't'),
       (27, 'In ấn',                                     0, 'triệu trang in'),
       (28, 'Sản xuất hóa chất, phân bón',               0, 't'),
       (29, 'Sản xuất và cung cấp nước sạch',            0, 'm³')
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------
-- Resources.
--
-- TOE factors (tonnes of oil equivalent per unit) of the commercial energy
-- carriers are those of the Ministry of Industry and Trade's conversion
-- table (attached to letter 3505/BCT-KHCN of 19/4/2011 and used since in the
-- energy-efficiency circulars): electricity 0.1543 TOE per 1,000 kWh; coal
-- dust grades 1-2 0.70 and grades 3-4 0.60 TOE/t; diesel (DO) 0.88 TOE per
-- 1,000 litres; fuel oil (FO) 0.99 TOE/t; LPG 1.09 TOE/t; petrol 0.83 TOE
-- per 1,000 litres.  That table has no biomass: the factors of firewood,
-- rice husk, bagasse and biogas are indicative, from typical net calorific
-- values (air-dry firewood about 15 GJ/t, rice husk about 13.8 GJ/t,
-- bagasse at 50 % moisture about 7.5 GJ/t, biogas about 21 MJ/m³) divided
-- by 41.868 GJ per TOE.  Every factor is data: officers correct it in the
-- application when their basis differs.
-- ---------------------------------------------------------------------------

INSERT INTO resource (id, name, category, unit, toe_factor, position)
VALUES ( 1, 'Điện năng',                 'energy', 'kWh',  0.0001543, 1),
       ( 2, 'Than cám loại 1, 2',        'energy', 't',    0.70,      2),
       ( 3, 'Than cám loại 3, 4',        'energy', 't',    0.60,      3),
       ( 4, 'Dầu DO',                    'energy', 'lít',  0.00088,   4),
       ( 5, 'Dầu FO',                    'energy', 't',    0.99,      5),
       ( 6, 'Khí hóa lỏng (LPG)',        'energy', 't',    1.09,      6),
       ( 7, 'Xăng',                      'energy', 'lít',  0.00083,   7),
       ( 8, 'Củi',                       'energy', 't',    0.36,      8),
       ( 9, 'Trấu',                      'energy', 't',    0.33,      9),
       (10, 'Bã mía',                    'energy', 't',    0.18,     10),
       (11, 'Khí sinh học (biogas)',     'energy', 'm³',   0.0005,   11),
       (20, 'Nước',                      'water',  'm³',   NULL,     20),
       (30, 'Mủ cao su tươi',            'material', 't',  NULL,     30),
       (31, 'Gỗ tròn',                   'material', 'm³', NULL,     31),
       (32, 'Sắn củ tươi',               'material', 't',  NULL,     32),
       (33, 'Mía cây',                   'material', 't',  NULL,     33),
       (34, 'Đất sét',                   'material', 'm³', NULL,     34),
       (35, 'Đá nguyên khai',            'material', 'm³', NULL,     35),
       (36, 'Cà phê quả tươi',           'material', 't',  NULL,     36),
       (37, 'Hóa chất',                  'material', 't',  NULL,     37),
       (38, 'Nông sản nguyên liệu',      'material', 't',  NULL,     38),
       (39, 'Thép, kim loại',            'material', 't',  NULL,     39)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------
-- The department's settings.  The signer's name is left empty on purpose:
-- the officer fills it in Preferences before the first document is signed.
-- ---------------------------------------------------------------------------

INSERT INTO settings (key, value)
VALUES ('province',           'Kon Tum'),
       ('place',              'Kon Tum'),
       ('superior_body',      'UBND TỈNH KON TUM'),
       ('department',         'SỞ CÔNG THƯƠNG'),
       ('department_abbr',    'SCT'),
       ('signer_title',       'PHÓ GIÁM ĐỐC'),
       ('signer_authority',   'KT. GIÁM ĐỐC'),
       ('signer_name',        ''),
       ('report_series',      '{seq}/BC-SCT'),
       ('letter_series',      '{seq}/SCT-QLCN'),
       ('certificate_series', '{seq:02}/{year}/GCN-SCT'),
       ('report_due',         '11-30'),
       ('current_plan',       '2340/KH-UBND')
ON CONFLICT DO NOTHING;
