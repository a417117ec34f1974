/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-report-labels.h"

static const char *const support_kinds[SXSH_SUPPORT_N_KINDS] = {
  "Đánh giá nhanh",
  "Đánh giá chi tiết",
  "Tư vấn kỹ thuật",
  "Đầu tư máy móc, thiết bị",
  "Mô hình trình diễn",
  "Xử lý ô nhiễm môi trường",
};

static const char *const support_statuses[SXSH_SUPPORT_N_STATUSES] = {
  "Kế hoạch",
  "Đang thực hiện",
  "Hoàn thành",
  "Hủy bỏ",
};

/* The names of the eight techniques in the Vietnamese CP manuals. */
static const char *const techniques[SXSH_CP_N_TECHNIQUES] = {
  "Quản lý nội vi",
  "Thay thế nguyên liệu đầu vào",
  "Kiểm soát quá trình tốt hơn",
  "Cải tiến thiết bị",
  "Thay đổi công nghệ",
  "Thu hồi, tái sử dụng tại chỗ",
  "Sản xuất sản phẩm phụ hữu ích",
  "Cải tiến sản phẩm",
};

static const char *const decisions[SXSH_CP_N_DECISIONS] = {
  "Thực hiện ngay",
  "Nghiên cứu thêm",
  "Loại bỏ",
};

static const char *const funding_sources[SXSH_FUNDING_N_SOURCES] = {
  "Chưa xác định",
  "Ngân sách Trung ương",
  "Ngân sách địa phương",
  "Nguồn khác",
};

const char *
sxsh_report_label_support_kind (SxshSupportKind kind)
{
  g_return_val_if_fail ((guint) kind < SXSH_SUPPORT_N_KINDS, "");
  return support_kinds[kind];
}

const char *
sxsh_report_label_support_status (SxshSupportStatus status)
{
  g_return_val_if_fail ((guint) status < SXSH_SUPPORT_N_STATUSES, "");
  return support_statuses[status];
}

const char *
sxsh_report_label_technique (SxshCpTechnique technique)
{
  g_return_val_if_fail ((guint) technique < SXSH_CP_N_TECHNIQUES, "");
  return techniques[technique];
}

const char *
sxsh_report_label_decision (SxshCpDecision decision)
{
  g_return_val_if_fail ((guint) decision < SXSH_CP_N_DECISIONS, "");
  return decisions[decision];
}

const char *
sxsh_report_label_funding_source (SxshFundingSource source)
{
  g_return_val_if_fail ((guint) source < SXSH_FUNDING_N_SOURCES, "");
  return funding_sources[source];
}

const char *
sxsh_report_label_report_status (SxshReportStatus status)
{
  switch (status)
    {
    case SXSH_REPORT_STATUS_ON_TIME:
      return "Đúng hạn";
    case SXSH_REPORT_STATUS_LATE:
      return "Chậm";
    case SXSH_REPORT_STATUS_MISSING:
      return "Chưa gửi";
    case SXSH_REPORT_STATUS_RETURNED:
      return "Trả lại để hoàn thiện";
    default:
      return "";
    }
}

/* Returns: the size class as Decree 80/2021 names it, "" when unknown */
const char *
sxsh_report_label_size_class (const char *size_key)
{
  if (g_strcmp0 (size_key, "micro") == 0)
    return "Siêu nhỏ";
  if (g_strcmp0 (size_key, "small") == 0)
    return "Nhỏ";
  if (g_strcmp0 (size_key, "medium") == 0)
    return "Vừa";
  if (g_strcmp0 (size_key, "large") == 0)
    return "Lớn";
  return "";
}

const char *
sxsh_report_label_resource_category (const char *category)
{
  if (g_strcmp0 (category, "energy") == 0)
    return "Năng lượng";
  if (g_strcmp0 (category, "material") == 0)
    return "Nguyên, vật liệu";
  if (g_strcmp0 (category, "water") == 0)
    return "Nước";
  return "";
}
