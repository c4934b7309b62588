/// The shared pool of people the rosters are drawn from: person `i` always has the same ID number, name and mobile,
/// computed from `i` (nothing stored), so columns of different forms really share values.
struct People {
    static let count = 200_000
    let seed: UInt64

    struct Person {
        var idNumber: String
        var name: String
        var mobile: String
    }

    func person(_ i: Int) -> Person {
        var r = SplitMix(seed: seed, stream: 1, item: i)
        return Person(idNumber: Self.idNumber(&r), name: Self.name(&r), mobile: Self.mobile(&r))
    }

    // County codes of the kind the samples use (Anhui, Shanxi, Hebei, Henan…).
    static let regions = [
        "341221", "341222", "341225", "341226", "341282", "341204", "140105", "140106", "140107", "140121",
        "130102", "130104", "130105", "410102", "410103", "410105", "420102", "420106", "430102", "430104",
        "320102", "320104", "330102", "330106", "370102", "370103", "510104", "510105", "610102", "610103",
    ]

    /// 18 characters with a valid ISO 7064 MOD 11-2 check digit.
    static func idNumber(_ r: inout SplitMix) -> String {
        let year = r.int(1940...2015), month = r.int(1...12), day = r.int(1...28), seq = r.int(0...999)
        let body = r.pick(regions) + String(year) + pad(month, 2) + pad(day, 2) + pad(seq, 3)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.utf8, weights).reduce(0) { $0 + Int($1.0 - 48) * $1.1 }
        let check = Array("10X98765432")[sum % 11]
        return body + String(check)
    }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
    static let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文辉海燕鹏飞波宇浩凯俊峰晨欣怡婷雪琳晓亮斌鑫佳慧子涵轩博宁婉瑶诗雨嘉睿泽思源晴岚春夏秋冬松柏竹荣昌盛福禄寿喜德仁义礼智信忠孝勤俭")

    static func name(_ r: inout SplitMix) -> String {
        var s = String(r.pick(surnames)) + String(r.pick(given))
        if r.chance(0.7) { s.append(r.pick(given)) }
        return s
    }

    static let mobilePrefixes = [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159",
        "166", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
    ]

    static func mobile(_ r: inout SplitMix) -> String {
        r.pick(mobilePrefixes) + pad(r.below(100_000_000), 8)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
