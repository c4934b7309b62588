/*
 * write_c.c — the write benchmark's C baseline: a consolidated roster written through libxlsxwriter directly.
 *
 *   write_c OUTPUT.xlsx [--constant-memory] [--rows N]        (N defaults to 100000)
 *
 * Writes exactly the cells of Sources/formfold-bench-write (Swift, through FormFoldOutput) and bench/write_py.py
 * (Python XlsxWriter): a merged title row, a merged meta line, a two-row merged header, then N data rows × 20
 * columns. Every value is a function of (data row r, column c) through mix(r, c) below and the fixed word lists;
 * the formula is written out in bench/README-write.md and must stay the same in all three programs.
 *
 * The formats are used in the same order as the Swift wrapper first uses them (it creates a format on first
 * use), so libxlsxwriter numbers them alike and the three programs write the same sheet XML.
 *
 * Build: gcc -O2 -o write_c write_c.c $(pkg-config --cflags --libs xlsxwriter)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- the shared cell formula (same in write_py.py and formfold-bench-write) ---------------------------- */

static uint32_t mix(uint32_t r, uint32_t c) {
    uint32_t x = (r + 1u) * 2654435761u + c * 40503u;
    x ^= x >> 15;
    x *= 2246822519u;
    x ^= x >> 13;
    x *= 3266489917u;
    x ^= x >> 16;
    return x;
}

static const char *SURNAMES[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
                                 "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋",
                                 "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹"};
static const char *GIVEN1[] = {"建", "国", "志", "晓", "海", "红", "丽", "俊", "玉", "明", "春", "秀", "文", "金", "小", "永"};
static const char *GIVEN2[] = {"", "华", "军", "平", "强", "伟", "芳", "英", "杰", "霞", "燕", "峰", "刚", "辉", "敏", "涛"};
static const char *TOWNS[] = {"石桥镇", "青岚镇", "柳湾镇", "东坪乡", "白水镇", "三交镇", "南庄乡", "河口镇"};
static const char *VILLAGES[] = {"东坪村", "西沟村", "柳树湾村", "前庄村", "后庄村", "上河村",
                                 "下河村", "王家塔村", "李家山村", "枣林村", "光明社区", "城东社区"};
static const char *CITIES[] = {"山西省太原市小店区", "山西省吕梁市离石区", "陕西省西安市雁塔区",
                               "内蒙古自治区鄂尔多斯市东胜区", "北京市朝阳区", "上海市浦东新区",
                               "广东省深圳市宝安区", "四川省成都市武侯区"};
static const char *STREETS[] = {"人民路", "解放路", "建设街", "迎宾大道", "滨河东路", "府西街", "学府街", "和平北路"};
static const char *ESTATES[] = {"阳光小区", "锦绣家园", "金色水岸", "御景苑", "幸福花园", "翠湖城", "新城国际", "康宁小区"};
static const char *AREAS[] = {"141124", "141102", "141123", "140105", "140106", "610113", "110105", "441900"};
static const char *PREFIXES[] = {"138", "139", "150", "151", "158", "186", "187", "199"};
static const char *TRANSPORT[] = {"自驾", "火车", "长途客车", "飞机", "顺风车", "其他"};
static const char *REASONS[] = {"务工返乡", "学生放假", "探亲", "经商返乡", "就医返回", "其他事由"};
static const char *WORKERS[] = {"王建华", "李国强", "张志平", "刘晓燕", "陈海峰", "杨红梅",
                                "赵丽娟", "黄俊杰", "周玉兰", "吴明辉", "徐春霞", "孙秀英"};
static const char *REMARKS[] = {"", "", "", "已落实居家隔离措施", "已转集中隔离点", "三天两检", "已报备",
                                "已纳入网格管理，每日两次体温监测"};

static const char *TITLE = "青岚县返乡人员信息汇总表";
static const char *META = "汇总单位：青岚县疫情防控指挥部　　数据截至：2022年4月30日　　FormFold 写入基准";
/* Row 3 (0-based 2): groups over row-4 sub-headers; single columns merged down over both rows. */
static const struct { int first, last; const char *text; } GROUPS[] = {
    {1, 5, "基本信息"}, {6, 9, "户籍及居住"}, {10, 17, "返乡情况"}};
static const struct { int col; const char *text; } SINGLES[] = {{0, "序号"}, {18, "网格员"}, {19, "备注"}};
static const char *SUBHEADERS[20] = {
    NULL, "姓名", "性别", "身份证号码", "联系电话", "年龄", "所属乡镇", "所属行政村", "户籍地址", "现居住地址",
    "返乡日期", "体温（℃）", "核酸检测次数", "补助金额（元）", "家庭人口", "交通方式", "返乡事由", "登记日期", NULL, NULL};
static const double WIDTHS[20] = {6, 8, 5, 20, 13, 5, 10, 12, 36, 44, 11, 8, 8, 11, 8, 9, 9, 11, 8, 30};
static const int FIRST_DATA_ROW = 4;

static int failed = 0;
static void check(lxw_error err, const char *what, long row, int col) {
    if (err != LXW_NO_ERROR && !failed) {
        fprintf(stderr, "write_c: %s at row %ld col %d: %s\n", what, row, col, lxw_strerror(err));
        failed = 1;
    }
}

int main(int argc, char **argv) {
    const char *path = NULL;
    long rows = 100000;
    int constant = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--constant-memory") == 0) constant = 1;
        else if (strcmp(argv[i], "--rows") == 0 && i + 1 < argc) rows = atol(argv[++i]);
        else if (!path && argv[i][0] != '-') path = argv[i];
        else path = NULL, i = argc;
    }
    if (!path || rows <= 0) {
        fprintf(stderr, "usage: %s OUTPUT.xlsx [--constant-memory] [--rows N]\n", argv[0]);
        return 2;
    }

    lxw_workbook_options options = {.constant_memory = constant ? LXW_TRUE : LXW_FALSE, .tmpdir = NULL,
                                    .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    if (!wb) {
        fprintf(stderr, "write_c: cannot create %s\n", path);
        return 1;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, "汇总");
    if (!ws) {
        fprintf(stderr, "write_c: cannot add the sheet\n");
        return 1;
    }

    /* The formats, in the order the rows below first use them. */
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *meta = workbook_add_format(wb);
    format_set_align(meta, LXW_ALIGN_LEFT);
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_pattern(head, LXW_PATTERN_SOLID);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(head);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *one_dp = workbook_add_format(wb);
    format_set_num_format(one_dp, "0.0");
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");

    for (int c = 0; c < 20; c++) check(worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, WIDTHS[c], NULL), "set_column", 0, c);
    worksheet_freeze_panes(ws, (lxw_row_t)FIRST_DATA_ROW, 2);

    /* Title and meta line: one-row merges. */
    check(worksheet_merge_range(ws, 0, 0, 0, 19, TITLE, title), "merge title", 0, 0);
    check(worksheet_merge_range(ws, 1, 0, 1, 19, META, meta), "merge meta", 1, 0);
    /* The two-row header, as the Swift wrapper writes it: the row-3 groups are one-row merges; the single columns
     * are merged down over rows 3-4. libxlsxwriter's merge pads every cell of the range at once, which in
     * constant_memory mode would start row 4 and lose the rest of row 3; there the vertical merges are recorded
     * without a format and their cells written row by row (what XlsxWorksheet.mergeRange does). */
    for (size_t g = 0; g < COUNT(GROUPS); g++)
        check(worksheet_merge_range(ws, 2, (lxw_col_t)GROUPS[g].first, 2, (lxw_col_t)GROUPS[g].last, GROUPS[g].text, head),
              "merge group", 2, GROUPS[g].first);
    for (size_t s = 0; s < COUNT(SINGLES); s++) {
        lxw_col_t c = (lxw_col_t)SINGLES[s].col;
        if (!constant) {
            check(worksheet_merge_range(ws, 2, c, 3, c, SINGLES[s].text, head), "merge column", 2, c);
        } else {
            check(worksheet_merge_range(ws, 2, c, 3, c, SINGLES[s].text, NULL), "merge column", 2, c);
            check(worksheet_write_string(ws, 2, c, SINGLES[s].text, head), "merge column", 2, c);
        }
    }
    for (int c = 0; c < 20; c++) {
        if (SUBHEADERS[c])
            check(worksheet_write_string(ws, 3, (lxw_col_t)c, SUBHEADERS[c], head), "sub-header", 3, c);
        else if (constant)
            check(worksheet_write_blank(ws, 3, (lxw_col_t)c, head), "merged cell", 3, c);
    }

    /* The data. */
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    char name[32], id[19], phone[12], home[160], current[200];
    for (long i = 0; i < rows && !failed; i++) {
        uint32_t r = (uint32_t)i, h;
        lxw_row_t row = (lxw_row_t)(FIRST_DATA_ROW + i);

        check(worksheet_write_number(ws, row, 0, (double)(i + 1), NULL), "number", row, 0);

        h = mix(r, 1);
        snprintf(name, sizeof name, "%s%s%s", SURNAMES[h % 32], GIVEN1[(h >> 8) % 16], GIVEN2[(h >> 16) % 16]);
        check(worksheet_write_string(ws, row, 1, name, NULL), "string", row, 1);

        uint32_t male = mix(r, 2) & 1u;
        check(worksheet_write_string(ws, row, 2, male ? "男" : "女", NULL), "string", row, 2);

        h = mix(r, 3);
        int year = 1950 + (int)((h >> 3) % 56);
        snprintf(id, sizeof id, "%s%04d%02d%02d%03d", AREAS[h % 8], year, 1 + (int)((h >> 9) % 12),
                 1 + (int)((h >> 13) % 28), (int)(((h >> 18) % 500) * 2 + male));
        int sum = 0;
        for (int k = 0; k < 17; k++) sum += (id[k] - '0') * weights[k];
        id[17] = checks[sum % 11];
        id[18] = '\0';
        check(worksheet_write_string(ws, row, 3, id, text), "string", row, 3);

        h = mix(r, 4);
        snprintf(phone, sizeof phone, "%s%08u", PREFIXES[h % 8], (unsigned)((h >> 3) % 100000000u));
        check(worksheet_write_string(ws, row, 4, phone, text), "string", row, 4);

        check(worksheet_write_number(ws, row, 5, (double)(2022 - year), NULL), "number", row, 5);

        const char *town = TOWNS[mix(r, 6) % 8];
        check(worksheet_write_string(ws, row, 6, town, NULL), "string", row, 6);
        const char *village = VILLAGES[mix(r, 7) % 12];
        check(worksheet_write_string(ws, row, 7, village, NULL), "string", row, 7);

        snprintf(home, sizeof home, "山西省吕梁市青岚县%s%s%u号", town, village, 1u + mix(r, 8) % 180u);
        check(worksheet_write_string(ws, row, 8, home, NULL), "string", row, 8);

        h = mix(r, 9);
        snprintf(current, sizeof current, "%s%s%u号%s", CITIES[h % 8], STREETS[(h >> 3) % 8], 1u + (h >> 6) % 300u,
                 ESTATES[(h >> 15) % 8]);
        check(worksheet_write_string(ws, row, 9, current, NULL), "string", row, 9);

        h = mix(r, 10);
        lxw_datetime back = {.year = 2022, .month = 3 + (int)(h & 1u), .day = 1 + (int)((h >> 1) % 28)};
        check(worksheet_write_datetime(ws, row, 10, &back, date), "date", row, 10);

        check(worksheet_write_number(ws, row, 11, (double)(360 + mix(r, 11) % 15) / 10.0, one_dp), "number", row, 11);
        check(worksheet_write_number(ws, row, 12, (double)(mix(r, 12) % 6), NULL), "number", row, 12);
        check(worksheet_write_number(ws, row, 13, (double)(mix(r, 13) % 500000) / 100.0, money), "number", row, 13);
        check(worksheet_write_number(ws, row, 14, (double)(1 + mix(r, 14) % 7), NULL), "number", row, 14);
        check(worksheet_write_string(ws, row, 15, TRANSPORT[mix(r, 15) % 6], NULL), "string", row, 15);
        check(worksheet_write_string(ws, row, 16, REASONS[mix(r, 16) % 6], NULL), "string", row, 16);

        lxw_datetime logged = {.year = 2022, .month = 4, .day = 1 + (int)(mix(r, 17) % 30)};
        check(worksheet_write_datetime(ws, row, 17, &logged, date), "date", row, 17);

        check(worksheet_write_string(ws, row, 18, WORKERS[mix(r, 18) % 12], NULL), "string", row, 18);
        const char *remark = REMARKS[mix(r, 19) % 8];
        if (remark[0]) check(worksheet_write_string(ws, row, 19, remark, NULL), "string", row, 19);
    }

    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        fprintf(stderr, "write_c: writing %s failed: %s\n", path, lxw_strerror(err));
        return 1;
    }
    if (failed) return 1;
    printf("{\"writer\": \"c\", \"rows\": %ld, \"mode\": \"%s\"}\n", rows, constant ? "constant_memory" : "normal");
    return 0;
}
