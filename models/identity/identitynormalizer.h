#pragma once

#include <QString>

// The one place where e-mail addresses and phone numbers are brought to a comparable form.
// Identity resolution (users view) and migration matching both call this, so a person matched in
// one is matched in the other.
namespace IdentityNormalizer {

struct Normalized
{
    QString value;   // normalised form; empty when the input is blank or invalid
    QString problem; // why the input was rejected (plain words, translated); empty when valid

    bool isValid() const { return !value.isEmpty(); }
};

// E-mail: NFKC (full-width letters and digits become ASCII), trimmed, case-folded; must have one
// '@' with a non-empty local part and a domain containing a dot, no spaces.
Normalized email(const QString &raw);

// Phone to E.164 ("+8613800138000"). NFKC first (full-width digits), then spaces, dashes, dots
// and parentheses are dropped. "+CC…" and "00CC…" are international; "86" followed by a mobile
// number and bare national numbers take the default region (CN: 11-digit mobiles 1[3-9]…,
// landlines with a trunk 0). Only CN is known as a default region.
Normalized phone(const QString &raw, const QString &defaultRegion = QStringLiteral("CN"));

} // namespace IdentityNormalizer
