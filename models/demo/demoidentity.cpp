#include "demo/demoidentity.h"

#include "demo/demorandom.h"

#include <cctype>

namespace {
struct Syllable
{
    const char *hanzi;
    const char *pinyin;
};

const Syllable kSurnames[] = {
    {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
    {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
    {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"林", "lin"},
    {"高", "gao"}, {"罗", "luo"}, {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"},
    {"唐", "tang"}, {"韩", "han"}, {"冯", "feng"}, {"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"},
    {"曾", "zeng"}, {"萧", "xiao"}, {"田", "tian"}, {"董", "dong"}, {"潘", "pan"}, {"袁", "yuan"},
};
// The most common surnames are much more common: weights roughly follow China's census.
const double kSurnameWeights[] = {7.1, 7.0, 6.9, 5.4, 4.5, 3.1, 2.2, 2.0, 1.9, 1.9, 1.3, 1.3,
                                  1.2, 1.1, 1.1, 1.1, 1.0, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.7,
                                  0.7, 0.7, 0.6, 0.6, 0.6, 0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5};
const Syllable kGiven[] = {
    {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
    {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
    {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"},
    {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"英", "ying"}, {"华", "hua"}, {"建", "jian"},
    {"文", "wen"}, {"玉", "yu"}, {"兰", "lan"}, {"浩", "hao"}, {"宇", "yu"}, {"欣", "xin"},
    {"怡", "yi"}, {"子", "zi"}, {"涵", "han"}, {"晨", "chen"}, {"思", "si"}, {"雨", "yu"},
    {"梓", "zi"}, {"轩", "xuan"}, {"博", "bo"}, {"嘉", "jia"}, {"佳", "jia"}, {"俊", "jun"},
};
const char *const kDomains[] = {"qq.com", "163.com", "126.com", "gmail.com", "sina.com", "outlook.com",
                                "foxmail.com", "hotmail.com", "yeah.net", "sohu.com", "icloud.com"};
const double kDomainWeights[] = {0.33, 0.22, 0.08, 0.07, 0.05, 0.06, 0.06, 0.03, 0.03, 0.02, 0.05};
const char *const kMobilePrefixes[] = {"138", "139", "135", "136", "137", "150", "151", "152", "158",
                                       "159", "182", "187", "188", "130", "131", "132", "155", "156",
                                       "185", "186", "133", "153", "180", "189", "177", "199", "166"};
const char *const kNickWords[] = {"读书的", "爱听书的", "努力的", "早起的", "深夜", "快乐的", "安静的"};
const char *const kNickNouns[] = {"小王子", "猫", "鲸鱼", "蜗牛", "学习者", "打工人", "少年", "旅人"};

std::string upper(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string capitalised(std::string s)
{
    if (!s.empty())
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// "13800138000" -> "138" + sep + "0013" + sep + "8000"
std::string grouped(const std::string &phone, const char *sep)
{
    return phone.substr(0, 3) + sep + phone.substr(3, 4) + sep + phone.substr(7);
}

std::string localPart(const DemoIdentity &id, std::uint64_t person, DemoRandom &rng)
{
    // The number makes the address unique per person: it encodes the person's index.
    const std::string n = std::to_string(person * 7 + static_cast<std::uint64_t>(rng.between(0, 6)));
    switch (rng.between(0, 4)) {
    case 0: return id.pinyinSurname + id.pinyinGiven + n;
    case 1: return id.pinyinSurname + "." + id.pinyinGiven + n;
    case 2: return id.pinyinGiven + "_" + id.pinyinSurname + n;
    case 3: return id.pinyinSurname.substr(0, 1) + id.pinyinGiven + n;
    default: return id.pinyinGiven + id.pinyinSurname + n;
    }
}
} // namespace

std::string DemoIdentity::chineseName(DemoRandom &rng, bool allowSingleGiven)
{
    std::string name = kSurnames[rng.pickWeighted(kSurnameWeights)].hanzi;
    name += rng.pick(kGiven).hanzi;
    if (!allowSingleGiven || rng.chance(0.6))
        name += rng.pick(kGiven).hanzi;
    return name;
}

DemoIdentity DemoIdentity::forPerson(std::uint64_t seed, std::uint64_t person)
{
    DemoRandom rng = DemoRandom::derive(seed, 0x1D3Aull, person);
    DemoIdentity id;
    const Syllable &surname = kSurnames[rng.pickWeighted(kSurnameWeights)];
    const Syllable &g1 = rng.pick(kGiven);
    id.name = std::string(surname.hanzi) + g1.hanzi;
    id.pinyinSurname = surname.pinyin;
    id.pinyinGiven = g1.pinyin;
    if (rng.chance(0.6)) {
        const Syllable &g2 = rng.pick(kGiven);
        id.name += g2.hanzi;
        id.pinyinGiven += g2.pinyin;
    }
    const bool hasEmail = rng.chance(0.82);
    const bool hasPhone = !hasEmail || rng.chance(0.9);
    if (hasEmail) {
        const char *domain = kDomains[rng.pickWeighted(kDomainWeights)];
        // Half of the QQ mailboxes are the QQ number itself; it too is unique per person.
        if (domain == kDomains[0] && rng.chance(0.5))
            id.email = std::to_string(10000 + person * 37 + static_cast<std::uint64_t>(rng.between(0, 36))) + "@qq.com";
        else
            id.email = localPart(id, person, rng) + "@" + domain;
    }
    if (hasPhone) {
        // The last 8 digits are a bijection of a per-person value: unique for < 1.6M people.
        const std::uint64_t v = person * 61 + static_cast<std::uint64_t>(rng.between(0, 60));
        const std::uint64_t digits = (v * 9301 + 4927) % 100000000ull;
        std::string tail = std::to_string(digits);
        id.phone = std::string(rng.pick(kMobilePrefixes)) + std::string(8 - tail.size(), '0') + tail;
    }
    return id;
}

std::string DemoIdentity::secondEmail(const DemoIdentity &id, std::uint64_t person, DemoRandom &rng)
{
    const char *domain = kDomains[rng.pickWeighted(kDomainWeights)];
    return localPart(id, person + 0x40000000ull, rng) + "@" + domain;
}

std::string DemoIdentity::dedaoNickname(DemoRandom &rng) const
{
    if (rng.chance(0.55))
        return name;
    return std::string(rng.pick(kNickWords)) + rng.pick(kNickNouns);
}

std::string DemoIdentity::ximalayaDisplayName(DemoRandom &rng) const
{
    switch (rng.between(0, 3)) {
    case 0: return name;
    case 1: return "听友_" + std::to_string(rng.between(100000, 999999));
    case 2: return std::string(rng.pick(kNickWords)) + rng.pick(kNickNouns);
    default: return capitalised(pinyinGiven) + " " + capitalised(pinyinSurname);
    }
}

std::string DemoIdentity::dedaoMobile(const std::string &phone)
{
    return "+86 " + grouped(phone, " ");
}

std::string DemoIdentity::ximalayaPhone(const std::string &phone, bool legacy, DemoRandom &rng)
{
    if (!legacy)
        return phone;
    return rng.chance(0.5) ? "+86-" + grouped(phone, "-") : grouped(phone, "-");
}

std::string DemoIdentity::phoneVariant(const std::string &phone, DemoRandom &rng)
{
    switch (rng.between(0, 6)) {
    case 0: return fullWidthDigits(phone);
    case 1: return "0086" + phone;
    case 2: return "+86 " + phone;
    case 3: return grouped(phone, " ");
    case 4: return " " + phone + " ";
    case 5: return "+86" + grouped(phone, "-");
    default: return "（+86）" + fullWidthDigits(grouped(phone, " "));
    }
}

std::string DemoIdentity::emailVariant(const std::string &email, DemoRandom &rng)
{
    const std::size_t at = email.find('@');
    switch (rng.between(0, 3)) {
    case 0: return upper(email);
    case 1: return capitalised(email.substr(0, at)) + upper(email.substr(at));
    case 2: return " " + email + "  ";
    default: return upper(email) + " ";
    }
}

std::string DemoIdentity::malformedEmail(const std::string &email, DemoRandom &rng)
{
    const std::size_t at = email.find('@');
    const std::string local = at == std::string::npos ? email : email.substr(0, at);
    const std::string domain = at == std::string::npos ? "qq.com" : email.substr(at + 1);
    switch (rng.between(0, 4)) {
    case 0: return local + domain;                      // @ lost
    case 1: return local + "@@" + domain;
    case 2: return local + "@" + domain.substr(0, domain.find('.'));
    case 3: return local + "@" + domain + ".";
    default: return local + " at " + domain;
    }
}

std::string DemoIdentity::fullWidthDigits(const std::string &ascii)
{
    std::string out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC";
            out += static_cast<char>(0x90 + (c - '0')); // U+FF10..U+FF19
        } else if (c == '+') {
            out += "\xEF\xBC\x8B"; // U+FF0B
        } else {
            out += c;
        }
    }
    return out;
}
