/*
 * gen_xlsx.c — writes the read benchmark's workbook: a returnee roster of N data rows × 20 columns.
 *
 *   gen_xlsx OUTPUT.xlsx ROWS [normal|constant_memory]
 *
 * Row 1 is a merged title, row 2 the header, rows 3… the data. The columns mix what real rosters
 * hold: Chinese text (names, villages, addresses — varied, some repeated), integers, decimals,
 * dates and datetimes with number formats, 18-character ID numbers (valid ISO 7064 MOD 11-2 check
 * digit) and 11-digit mobiles written as strings.
 *
 * normal          strings go to the shared-string table (what Excel writes); libxlsxwriter keeps
 *                 every cell until close, so use it up to a few hundred thousand rows.
 * constant_memory rows are streamed to disk and strings written inline (<is>); for 1,000,000 rows.
 *
 * Deterministic: a fixed-seed xorshift generator, so the same arguments give the same cells.
 * Build: gcc -O2 -o gen_xlsx gen_xlsx.c $(pkg-config --cflags --libs xlsxwriter)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t next_u64(void) {
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static uint32_t pick(uint32_t n) { return (uint32_t)(next_u64() % n); }

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *surnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
    "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛",
    "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚",
    "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史",
    "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "黎", "易", "常", "武", "乔",
    "贺", "赖", "龚", "文", "樊", "兰", "殷", "施", "陶", "洪", "翟", "安", "颜", "倪", "严", "牛",
    "温", "芦", "季", "俞", "章", "鲁", "葛", "伍", "韦", "申", "尤", "毕", "聂", "丛", "焦", "向",
    "柳", "邢", "路", "岳", "齐", "邬", "梅", "莫", "庄", "辛", "管", "祝", "左", "涂", "谷", "祁",
    "时", "舒", "耿", "牟", "卜", "詹", "关", "苗", "凌", "费", "纪", "靳", "盛", "童", "欧", "甄",
};
static const char *given1[] = {
    "建", "国", "志", "晓", "海", "红", "丽", "俊", "玉", "明", "春", "秀", "文", "金", "小", "永",
    "德", "立", "爱", "少", "振", "佳", "子", "雨", "思", "欣", "梓", "浩", "宇", "家", "天", "瑞",
    "鹏", "新", "学", "云", "宏", "雪", "桂", "长", "世", "成", "光", "淑", "嘉", "美", "一", "东",
};
static const char *given2[] = {
    "",   "华", "军", "平", "强", "伟", "芳", "英", "杰", "明", "霞", "燕", "峰", "刚", "辉", "敏",
    "涛", "兰", "娟", "琴", "斌", "超", "林", "红", "梅", "荣", "生", "亮", "鑫", "婷", "轩", "涵",
    "萱", "阳", "磊", "洋", "勇", "艳", "静", "丹", "飞", "波", "宁", "琳", "博", "晨", "凯", "悦",
};
static const char *towns[] = {
    "石桥镇", "青岚镇", "柳湾镇", "东坪乡", "白水镇", "三交镇", "南庄乡", "河口镇", "安业乡", "雷家碛乡",
    "城庄镇", "丛罗峪镇", "大禹乡", "林家坪镇", "刘家会镇", "曲峪镇", "兔坂镇", "木瓜坪乡",
};
static const char *villages[] = {
    "东坪村", "西沟村", "柳树湾村", "前庄村", "后庄村", "上河村", "下河村", "王家塔村", "李家山村", "枣林村",
    "石门村", "红崖村", "杏花村", "南坡村", "北梁村", "高家沟村", "新民村", "光明社区", "城东社区", "河畔社区",
    "郭家庄村", "马家岭村", "白家峁村", "常家坪村", "贺家湾村", "张家墕村", "寨子村", "窑头村", "麻峪村", "桑湾村",
};
static const char *cities[] = {
    "山西省太原市小店区", "山西省太原市迎泽区", "山西省太原市万柏林区", "山西省吕梁市离石区", "山西省晋中市榆次区",
    "陕西省西安市雁塔区", "陕西省榆林市榆阳区", "内蒙古自治区鄂尔多斯市东胜区", "北京市朝阳区", "北京市海淀区",
    "河北省石家庄市长安区", "天津市滨海新区", "上海市浦东新区", "江苏省苏州市工业园区", "浙江省杭州市萧山区",
    "广东省深圳市宝安区", "广东省东莞市长安镇", "河南省郑州市金水区", "山东省济南市历下区", "四川省成都市武侯区",
};
static const char *streets[] = {
    "人民路", "解放路", "建设街", "迎宾大道", "滨河东路", "府西街", "长治路", "学府街", "南内环街", "和平北路",
    "体育路", "新华街", "龙城大街", "平阳路", "胜利街", "朝阳街", "文化路", "团结路",
};
static const char *estates[] = {
    "阳光小区", "锦绣家园", "金色水岸", "御景苑", "和平里小区", "幸福花园", "翠湖城", "新城国际", "康宁小区", "华府世家",
};
static const char *transport[] = {"自驾", "火车", "长途客车", "飞机", "顺风车", "其他"};
static const char *reasons[] = {
    "务工返乡", "学生放假", "探亲", "经商返乡", "就医返回", "其他事由",
};
static const char *remarks[] = {
    "", "", "", "", "", "已落实居家隔离措施", "已转集中隔离点", "三天两检", "已报备", "失联，已移交公安核查",
    "已纳入网格管理，每日两次体温监测", "外地已完成14天集中隔离",
};
static const char *area_codes[] = {
    "141124", "141102", "141123", "140105", "140106", "140107", "140109", "140702", "610113", "610802",
    "150602", "110105", "130102", "410105", "370102", "510107", "441900", "320506",
};

static void make_name(char *buf, size_t n) {
    const char *g2 = given2[pick(COUNT(given2))];
    snprintf(buf, n, "%s%s%s", surnames[pick(COUNT(surnames))], given1[pick(COUNT(given1))], g2);
}

static void make_id(char *buf, int male, int *year_out) {
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char check[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int year = 1950 + (int)pick(56), month = 1 + (int)pick(12), day = 1 + (int)pick(28);
    int seq = (int)pick(500) * 2 + (male ? 1 : 0);
    snprintf(buf, 19, "%s%04d%02d%02d%03d", area_codes[pick(COUNT(area_codes))], year, month, day, seq);
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += (buf[i] - '0') * weights[i];
    buf[17] = check[sum % 11];
    buf[18] = '\0';
    *year_out = year;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s OUTPUT.xlsx ROWS [normal|constant_memory]\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    long rows = atol(argv[2]);
    int constant = argc > 3 && strcmp(argv[3], "constant_memory") == 0;
    if (rows <= 0) {
        fprintf(stderr, "ROWS must be positive\n");
        return 2;
    }

    lxw_workbook_options options = {.constant_memory = constant ? LXW_TRUE : LXW_FALSE,
                                    .tmpdir = NULL,
                                    .use_zip64 = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    if (!wb) {
        fprintf(stderr, "cannot create %s\n", path);
        return 1;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, "返乡人员台账");

    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *datetime = workbook_add_format(wb);
    format_set_num_format(datetime, "yyyy-mm-dd hh:mm");
    lxw_format *one_dp = workbook_add_format(wb);
    format_set_num_format(one_dp, "0.0");
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@");

    static const char *headers[20] = {
        "序号", "姓名", "性别", "身份证号码", "联系电话", "所属乡镇", "所属行政村", "户籍地址", "现居住地址",
        "出发地", "返乡日期", "年龄", "体温（℃）", "核酸检测次数", "补助金额（元）", "交通方式", "返乡事由",
        "登记时间", "网格员", "备注",
    };

    worksheet_merge_range(ws, 0, 0, 0, 19, "青岚县返乡人员排查登记台账（基准测试）", title);
    for (int c = 0; c < 20; c++) worksheet_write_string(ws, 1, (lxw_col_t)c, headers[c], head);

    /* A pool of grid workers, so that column repeats heavily (as it does in real rosters). */
    char workers[40][32];
    for (int i = 0; i < 40; i++) make_name(workers[i], sizeof workers[i]);

    char name[32], id[19], phone[12], home[160], current[160], origin[160];
    static const char *prefixes[] = {"13", "15", "17", "18", "19"};
    for (long r = 0; r < rows; r++) {
        lxw_row_t row = (lxw_row_t)(r + 2);
        int male = (int)pick(2), birth_year;
        make_name(name, sizeof name);
        make_id(id, male, &birth_year);
        snprintf(phone, sizeof phone, "%s%09llu", prefixes[pick(COUNT(prefixes))],
                 (unsigned long long)(next_u64() % 1000000000ULL));
        const char *town = towns[pick(COUNT(towns))];
        const char *village = villages[pick(COUNT(villages))];
        snprintf(home, sizeof home, "山西省吕梁市青岚县%s%s%u号", town, village, 1 + pick(180));
        if (pick(3) == 0)
            snprintf(current, sizeof current, "%s", home);
        else
            snprintf(current, sizeof current, "%s%s%u号%s%u号楼%u单元%u室", cities[pick(COUNT(cities))],
                     streets[pick(COUNT(streets))], 1 + pick(300), estates[pick(COUNT(estates))], 1 + pick(30),
                     1 + pick(6), 101 + pick(25) * 100 + pick(4));
        snprintf(origin, sizeof origin, "%s", cities[pick(COUNT(cities))]);

        lxw_datetime back = {.year = 2022, .month = 3 + (int)pick(2), .day = 1 + (int)pick(28)};
        lxw_datetime logged = {.year = 2022, .month = 4, .day = 1 + (int)pick(30),
                               .hour = 7 + (int)pick(13), .min = (int)pick(60), .sec = 0};

        worksheet_write_number(ws, row, 0, (double)(r + 1), NULL);
        worksheet_write_string(ws, row, 1, name, NULL);
        worksheet_write_string(ws, row, 2, male ? "男" : "女", NULL);
        worksheet_write_string(ws, row, 3, id, text);
        worksheet_write_string(ws, row, 4, phone, text);
        worksheet_write_string(ws, row, 5, town, NULL);
        worksheet_write_string(ws, row, 6, village, NULL);
        worksheet_write_string(ws, row, 7, home, NULL);
        worksheet_write_string(ws, row, 8, current, NULL);
        worksheet_write_string(ws, row, 9, origin, NULL);
        worksheet_write_datetime(ws, row, 10, &back, date);
        worksheet_write_number(ws, row, 11, (double)(2022 - birth_year), NULL);
        worksheet_write_number(ws, row, 12, 36.0 + (double)pick(13) / 10.0, one_dp);
        worksheet_write_number(ws, row, 13, (double)pick(6), NULL);
        worksheet_write_number(ws, row, 14, (double)pick(200000) / 100.0, money);
        worksheet_write_string(ws, row, 15, transport[pick(COUNT(transport))], NULL);
        worksheet_write_string(ws, row, 16, reasons[pick(COUNT(reasons))], NULL);
        worksheet_write_datetime(ws, row, 17, &logged, datetime);
        worksheet_write_string(ws, row, 18, workers[pick(40)], NULL);
        const char *remark = remarks[pick(COUNT(remarks))];
        if (remark[0]) worksheet_write_string(ws, row, 19, remark, NULL);
    }

    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        fprintf(stderr, "writing %s failed: %s\n", path, lxw_strerror(err));
        return 1;
    }
    return 0;
}
