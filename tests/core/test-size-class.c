/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sxsh-core.h"

#define BN SXSH_BILLION_VND

static void
test_boundaries (void)
{
  static const struct
  {
    gint64 employees, revenue, capital;
    SxshSizeClass expected;
  } cases[] = {
    /* Decree 80/2021, industry: micro ≤ 10 employees and (revenue ≤ 3 bn or capital ≤ 3 bn). */
    { 10, 3 * BN, -1, SXSH_SIZE_MICRO },
    { 10, 3 * BN + 1, 3 * BN, SXSH_SIZE_MICRO },
    { 10, 3 * BN + 1, 3 * BN + 1, SXSH_SIZE_SMALL },
    { 11, 1 * BN, 1 * BN, SXSH_SIZE_SMALL },
    /* small ≤ 100 and (revenue ≤ 50 bn or capital ≤ 20 bn). */
    { 100, 50 * BN, -1, SXSH_SIZE_SMALL },
    { 100, 50 * BN + 1, 20 * BN, SXSH_SIZE_SMALL },
    { 100, 50 * BN + 1, 20 * BN + 1, SXSH_SIZE_MEDIUM },
    { 101, 10 * BN, 10 * BN, SXSH_SIZE_MEDIUM },
    /* medium ≤ 200 and (revenue ≤ 200 bn or capital ≤ 100 bn). */
    { 200, 200 * BN, -1, SXSH_SIZE_MEDIUM },
    { 200, 200 * BN + 1, 100 * BN, SXSH_SIZE_MEDIUM },
    { 200, 200 * BN + 1, 100 * BN + 1, SXSH_SIZE_LARGE },
    { 201, 1 * BN, 1 * BN, SXSH_SIZE_LARGE },
    /* Unknown figures do not count against a class. */
    { -1, -1, -1, SXSH_SIZE_UNKNOWN },
    { 50, -1, -1, SXSH_SIZE_SMALL },
    { -1, 150 * BN, -1, SXSH_SIZE_MEDIUM },
    { 0, 0, 0, SXSH_SIZE_MICRO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SxshSizeClass got = sxsh_size_class_derive (cases[i].employees, cases[i].revenue,
                                                  cases[i].capital);
      if (got != cases[i].expected)
        g_error ("case %u: %" G_GINT64_FORMAT " employees, revenue %" G_GINT64_FORMAT
                 ", capital %" G_GINT64_FORMAT ": got %s, expected %s", i,
                 cases[i].employees, cases[i].revenue, cases[i].capital,
                 sxsh_size_class_to_key (got), sxsh_size_class_to_key (cases[i].expected));
    }
}

static void
test_keys (void)
{
  for (SxshSizeClass s = SXSH_SIZE_MICRO; s <= SXSH_SIZE_LARGE; s++)
    g_assert_cmpint (sxsh_size_class_from_key (sxsh_size_class_to_key (s)), ==, s);
  g_assert_cmpint (sxsh_size_class_parse ("vừa"), ==, SXSH_SIZE_MEDIUM);
  g_assert_cmpint (sxsh_size_class_parse ("Doanh nghiệp nhỏ"), ==, SXSH_SIZE_SMALL);
  g_assert_cmpint (sxsh_size_class_parse ("siêu nhỏ"), ==, SXSH_SIZE_MICRO);
  g_assert_cmpint (sxsh_size_class_parse ("LỚN"), ==, SXSH_SIZE_LARGE);
  g_assert_cmpint (sxsh_size_class_parse ("medium"), ==, SXSH_SIZE_MEDIUM);
  g_assert_cmpint (sxsh_size_class_parse ("khổng lồ"), ==, SXSH_SIZE_UNKNOWN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sxsh/size-class/boundaries", test_boundaries);
  g_test_add_func ("/sxsh/size-class/keys", test_keys);

  return g_test_run ();
}
