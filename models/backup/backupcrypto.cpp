#include "backup/backupcrypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace BackupCrypto {
namespace {

struct CipherCtxFree { void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); } };
struct KdfFree { void operator()(EVP_KDF *k) const { EVP_KDF_free(k); } };
struct KdfCtxFree { void operator()(EVP_KDF_CTX *k) const { EVP_KDF_CTX_free(k); } };
struct MacFree { void operator()(EVP_MAC *m) const { EVP_MAC_free(m); } };
struct MacCtxFree { void operator()(EVP_MAC_CTX *m) const { EVP_MAC_CTX_free(m); } };

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

// OSSL_PARAM wants non-const pointers even for inputs it only reads.
void *mutableBytes(QByteArrayView v)
{
    return const_cast<char *>(v.data());
}

QByteArray deriveKdf(const char *name, OSSL_PARAM *params)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, name, nullptr));
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return {};
    QByteArray out(kKeySize, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()), params) != 1) {
        wipe(out);
        return {};
    }
    return out;
}

EVP_CIPHER_CTX *gcmContext(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, bool encrypt)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return nullptr;
    int len = 0;
    const bool ok = key.size() == kKeySize && nonce.size() == kNonceSize
        && EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_CipherInit_ex(ctx, nullptr, nullptr, bytes(key), bytes(nonce), encrypt ? 1 : 0) == 1
        && (aad.isEmpty() || EVP_CipherUpdate(ctx, nullptr, &len, bytes(aad), static_cast<int>(aad.size())) == 1);
    if (!ok) {
        EVP_CIPHER_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1)
        return {};
    return out;
}

namespace {
// Fetched once: EVP_sha256() makes OpenSSL 3 look the implementation up again on every digest,
// which cost more than hashing a short record.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

bool sha256(const void *data, std::size_t size, unsigned char *out)
{
    unsigned int len = 0;
    return sha256Md() && EVP_Digest(data, size, out, &len, sha256Md(), nullptr) == 1;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(kKeySize, Qt::Uninitialized);
    if (!sha256(data.data(), static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data())))
        return {};
    return out;
}

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, sha256Md(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx, data.data(), static_cast<std::size_t>(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(kKeySize, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_DigestInit_ex(m_ctx, sha256Md(), nullptr);
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    std::unique_ptr<EVP_MAC, MacFree> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_new(mac.get()));
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    QByteArray out(kKeySize, Qt::Uninitialized);
    size_t len = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), bytes(key), static_cast<size_t>(key.size()), params) != 1
        || EVP_MAC_update(ctx.get(), bytes(data), static_cast<size_t>(data.size())) != 1
        || EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, static_cast<size_t>(out.size())) != 1
        || len != static_cast<size_t>(kKeySize))
        return {};
    return out;
}

QByteArray hkdf(QByteArrayView key, QByteArrayView salt, QByteArrayView info)
{
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableBytes(key), static_cast<size_t>(key.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt), static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, mutableBytes(info), static_cast<size_t>(info.size())),
        OSSL_PARAM_construct_end()};
    return deriveKdf("HKDF", params);
}

std::uint64_t scryptMemory(std::uint64_t n, std::uint32_t r, std::uint32_t p)
{
    return 128ull * r * n * p + 128ull * r * p + (16ull << 20);
}

QByteArray scrypt(QByteArrayView passphrase, QByteArrayView salt, std::uint64_t n, std::uint32_t r, std::uint32_t p)
{
    std::uint64_t maxmem = scryptMemory(n, r, p);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, mutableBytes(passphrase), static_cast<size_t>(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt), static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end()};
    return deriveKdf("SCRYPT", params);
}

QByteArray chunkNonce(std::uint64_t counter, bool final)
{
    QByteArray nonce(kNonceSize, '\0');
    for (int i = 0; i < 8; ++i) // the counter's top three bytes stay zero: 2^64 chunks is plenty
        nonce[10 - i] = static_cast<char>((counter >> (8 * i)) & 0xff);
    nonce[11] = final ? '\x01' : '\x00';
    return nonce;
}

bool seal(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView plain, QByteArray &out)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(gcmContext(key, nonce, aad, true));
    if (!ctx)
        return false;
    out.resize(plain.size() + kTagSize);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int len = 0;
    int total = 0;
    if (!plain.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), o, &len, bytes(plain), static_cast<int>(plain.size())) != 1)
            return false;
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return false;
    total += len;
    return total == plain.size()
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, o + total) == 1;
}

bool open(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView sealed, QByteArray &out)
{
    if (sealed.size() < kTagSize)
        return false;
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(gcmContext(key, nonce, aad, false));
    if (!ctx)
        return false;
    const qsizetype plainSize = sealed.size() - kTagSize;
    out.resize(plainSize);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int len = 0;
    int total = 0;
    if (plainSize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), o, &len, bytes(sealed), static_cast<int>(plainSize)) != 1)
            return false;
        total = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, mutableBytes(sealed.sliced(plainSize))) != 1
        || EVP_DecryptFinal_ex(ctx.get(), o + total, &len) != 1) {
        out.clear(); // never hand out plaintext that did not authenticate
        return false;
    }
    return true;
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

void wipe(QByteArray &secret)
{
    // A shared buffer belongs to another holder too, who wipes it when done with it.
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace BackupCrypto
