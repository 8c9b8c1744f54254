#pragma once

#include <cstdint>
#include <string>

class DemoRandom;

// Who a demo person is: a Chinese name, an e-mail address and a mobile number, unique per person
// by construction (so the demo's ground truth of "same person" is unambiguous), plus the many
// ways the two platforms and their users write the same address and number.
class DemoIdentity
{
public:
    std::string name;          // 张伟
    std::string pinyinSurname; // zhang
    std::string pinyinGiven;   // wei
    std::string email;         // canonical: lower-case, no blanks; empty = none given
    std::string phone;         // canonical: 11 national digits; empty = none given

    static DemoIdentity forPerson(std::uint64_t seed, std::uint64_t person);
    // A different address of the same person (people use another mailbox on another platform).
    static std::string secondEmail(const DemoIdentity &id, std::uint64_t person, DemoRandom &rng);

    static std::string chineseName(DemoRandom &rng, bool allowSingleGiven);
    // 得到 nickname / 喜马拉雅 display name: the real name or something people choose.
    std::string dedaoNickname(DemoRandom &rng) const;
    std::string ximalayaDisplayName(DemoRandom &rng) const;

    // Normal forms of each platform.
    static std::string dedaoMobile(const std::string &phone);                // +86 138 0013 8000
    static std::string ximalayaPhone(const std::string &phone, bool legacy, DemoRandom &rng);
    // The same number or address written differently: full-width digits, +86/0086 prefixes,
    // spaces and dashes, upper-case, surrounding blanks.
    static std::string phoneVariant(const std::string &phone, DemoRandom &rng);
    static std::string emailVariant(const std::string &email, DemoRandom &rng);
    // Broken addresses as found in old data: missing @, doubled @, no top-level domain...
    static std::string malformedEmail(const std::string &email, DemoRandom &rng);
    static std::string fullWidthDigits(const std::string &ascii);
};
