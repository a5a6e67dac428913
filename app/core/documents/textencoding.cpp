// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "textencoding.h"

#include <QtCore/QStringDecoder>
#include <QtCore/QStringEncoder>

namespace Baton::Core {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF", 3);
const QByteArray utf16LEBom("\xFF\xFE", 2);
const QByteArray utf16BEBom("\xFE\xFF", 2);

// GB18030 is not one of Qt's built-in codecs: it comes from ICU, by name.
constexpr const char *gb18030Name = "GB18030";

bool gb18030Available()
{
    static const bool available = QStringDecoder(gb18030Name).isValid();
    return available;
}

QStringDecoder decoderFor(TextEncoding::Kind kind)
{
    constexpr auto flags = QStringConverter::Flag::Stateless;
    switch (kind) {
    case TextEncoding::Kind::Utf8:
        return QStringDecoder(QStringConverter::Utf8, flags);
    case TextEncoding::Kind::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE, flags);
    case TextEncoding::Kind::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE, flags);
    case TextEncoding::Kind::Gb18030:
        return QStringDecoder(gb18030Name, flags);
    case TextEncoding::Kind::Latin1:
        break;
    }
    return QStringDecoder(QStringConverter::Latin1, flags);
}

QStringEncoder encoderFor(TextEncoding::Kind kind)
{
    constexpr auto flags = QStringConverter::Flag::Stateless;
    switch (kind) {
    case TextEncoding::Kind::Utf8:
        return QStringEncoder(QStringConverter::Utf8, flags);
    case TextEncoding::Kind::Utf16LE:
        return QStringEncoder(QStringConverter::Utf16LE, flags);
    case TextEncoding::Kind::Utf16BE:
        return QStringEncoder(QStringConverter::Utf16BE, flags);
    case TextEncoding::Kind::Gb18030:
        return QStringEncoder(gb18030Name, flags);
    case TextEncoding::Kind::Latin1:
        break;
    }
    return QStringEncoder(QStringConverter::Latin1, flags);
}

QByteArray bomOf(TextEncoding::Kind kind)
{
    switch (kind) {
    case TextEncoding::Kind::Utf8:
        return utf8Bom;
    case TextEncoding::Kind::Utf16LE:
        return utf16LEBom;
    case TextEncoding::Kind::Utf16BE:
        return utf16BEBom;
    case TextEncoding::Kind::Gb18030:
    case TextEncoding::Kind::Latin1:
        break;
    }
    return {};
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// Counts well-formed multi-byte UTF-8 sequences and bytes that are not part of one: a UTF-8
// file with a few damaged bytes has many more of the first.
void countUtf8(const QByteArray &bytes, qsizetype *sequences, qsizetype *invalid)
{
    *sequences = 0;
    *invalid = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = lead >= 0xC2 && lead <= 0xDF   ? 2
                           : lead >= 0xE0 && lead <= 0xEF ? 3
                           : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                          : 0;
        bool ok = length > 0 && i + length <= size;
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++*sequences;
            i += length;
        } else {
            ++*invalid;
            ++i;
        }
    }
}

// UTF-16 without a byte-order mark is recognised only in its common form, mostly ASCII text,
// where the high (or low) byte of nearly every unit is NUL.
TextEncoding::Kind utf16WithoutBom(const QByteArray &bytes, bool *found)
{
    *found = false;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4 || bytes.size() % 2 != 0)
        return TextEncoding::Kind::Utf8;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNul += bytes.at(i) == '\0';
        oddNul += bytes.at(i + 1) == '\0';
    }
    const qsizetype units = sample / 2;
    if (oddNul * 10 >= units * 7 && evenNul * 20 <= units) {
        *found = true;
        return TextEncoding::Kind::Utf16LE;
    }
    if (evenNul * 10 >= units * 7 && oddNul * 20 <= units) {
        *found = true;
        return TextEncoding::Kind::Utf16BE;
    }
    return TextEncoding::Kind::Utf8;
}

// Bytes that decode as GB18030 without error could still be Latin-1 with a few accented
// letters; GB18030 is chosen only when most of what is not ASCII reads as Chinese.
bool looksLikeGb18030(const QByteArray &bytes)
{
    if (!gb18030Available())
        return false;
    QStringDecoder decoder(gb18030Name, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        return false;
    qsizetype nonAscii = 0;
    qsizetype chinese = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++nonAscii;
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)
            || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))
            ++chinese;
    }
    return nonAscii > 0 && chinese * 10 >= nonAscii * 8;
}

} // namespace

QString TextEncoding::displayName() const
{
    switch (m_kind) {
    case Kind::Utf8:
        return m_bom ? tr("UTF-8 with BOM") : QStringLiteral("UTF-8");
    case Kind::Utf16LE:
        return m_bom ? QStringLiteral("UTF-16 LE") : tr("UTF-16 LE without BOM");
    case Kind::Utf16BE:
        return m_bom ? QStringLiteral("UTF-16 BE") : tr("UTF-16 BE without BOM");
    case Kind::Gb18030:
        return QStringLiteral("GB18030");
    case Kind::Latin1:
        break;
    }
    return QStringLiteral("Latin-1");
}

QString TextEncoding::id() const
{
    switch (m_kind) {
    case Kind::Utf8:
        return m_bom ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8");
    case Kind::Utf16LE:
        return m_bom ? QStringLiteral("utf-16le") : QStringLiteral("utf-16le-nobom");
    case Kind::Utf16BE:
        return m_bom ? QStringLiteral("utf-16be") : QStringLiteral("utf-16be-nobom");
    case Kind::Gb18030:
        return QStringLiteral("gb18030");
    case Kind::Latin1:
        break;
    }
    return QStringLiteral("latin-1");
}

TextEncoding TextEncoding::fromId(const QString &id)
{
    for (const TextEncoding &encoding :
         {TextEncoding(Kind::Utf8, true), TextEncoding(Kind::Utf16LE, true),
          TextEncoding(Kind::Utf16LE, false), TextEncoding(Kind::Utf16BE, true),
          TextEncoding(Kind::Utf16BE, false), TextEncoding(Kind::Gb18030, false),
          TextEncoding(Kind::Latin1, false)}) {
        if (encoding.id() == id)
            return encoding;
    }
    return {};
}

QList<TextEncoding> TextEncoding::choices()
{
    QList<TextEncoding> all = {TextEncoding(Kind::Utf8, false), TextEncoding(Kind::Utf8, true),
                               TextEncoding(Kind::Utf16LE, true), TextEncoding(Kind::Utf16BE, true)};
    if (gb18030Available())
        all.append(TextEncoding(Kind::Gb18030, false));
    all.append(TextEncoding(Kind::Latin1, false));
    return all;
}

TextEncoding TextEncoding::detect(const QByteArray &fileBytes)
{
    if (fileBytes.startsWith(utf8Bom))
        return TextEncoding(Kind::Utf8, true);
    if (fileBytes.startsWith(utf16LEBom))
        return TextEncoding(Kind::Utf16LE, true);
    if (fileBytes.startsWith(utf16BEBom))
        return TextEncoding(Kind::Utf16BE, true);
    bool utf16 = false;
    const Kind utf16Kind = utf16WithoutBom(fileBytes, &utf16);
    if (utf16)
        return TextEncoding(utf16Kind, false);
    if (isValidUtf8(fileBytes))
        return {};
    // Mostly UTF-8 with a few damaged bytes: still UTF-8 (shown read-only by the caller, so
    // the damaged bytes survive), not a legacy encoding that would garble the rest.
    qsizetype sequences = 0;
    qsizetype invalid = 0;
    countUtf8(fileBytes, &sequences, &invalid);
    if (sequences > invalid)
        return {};
    if (looksLikeGb18030(fileBytes))
        return TextEncoding(Kind::Gb18030, false);
    // Text that is neither: ASCII with a few stray bytes, or a legacy Western file. NUL bytes
    // mean binary data, which stays "UTF-8" so that the caller's binary check applies.
    if (fileBytes.left(8192).contains('\0'))
        return {};
    return TextEncoding(Kind::Latin1, false);
}

TextEncoding::Decoded TextEncoding::decode(const QByteArray &fileBytes) const
{
    const QByteArray bom = m_bom ? bomOf(m_kind) : QByteArray();
    const QByteArray body = !bom.isEmpty() && fileBytes.startsWith(bom)
                                ? fileBytes.sliced(bom.size())
                                : fileBytes;
    Decoded decoded;
    if (m_kind == Kind::Utf8) {
        decoded.utf8 = body;
        decoded.lossless = isValidUtf8(body) && (bom.isEmpty() || fileBytes.startsWith(bom));
        return decoded;
    }
    QStringDecoder decoder = decoderFor(m_kind);
    if (!decoder.isValid()) {
        decoded.utf8 = fileBytes;
        decoded.lossless = false;
        return decoded;
    }
    const QString text = decoder.decode(body);
    decoded.utf8 = text.toUtf8();
    if (decoder.hasError()) {
        decoded.lossless = false;
        return decoded;
    }
    // Valid input can still fail to round-trip (unpaired surrogates, GB18030 mappings that are
    // not one-to-one): only an exact round trip may be edited.
    const Result<QByteArray> again = encode(decoded.utf8);
    decoded.lossless = again.ok() && again.value() == fileBytes;
    return decoded;
}

Result<QByteArray> TextEncoding::encode(const QByteArray &utf8) const
{
    const QByteArray bom = m_bom ? bomOf(m_kind) : QByteArray();
    if (m_kind == Kind::Utf8)
        return QByteArray(bom + utf8);
    QStringEncoder encoder = encoderFor(m_kind);
    if (!encoder.isValid())
        return Error{tr("%1 is not available on this system.").arg(displayName())};
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes = encoder.encode(text);
    // Encoders put a substitute in place of what they cannot represent; decoding back shows
    // where.
    QStringDecoder decoder = decoderFor(m_kind);
    const QString back = decoder.decode(bytes);
    if (encoder.hasError() || decoder.hasError() || back != text) {
        qsizetype at = 0;
        while (at < text.size() && at < back.size() && text.at(at) == back.at(at))
            ++at;
        const qsizetype line = text.left(at).count(u'\n') + 1;
        const QString character = at < text.size()
                                      ? (text.at(at).isHighSurrogate() && at + 1 < text.size()
                                             ? text.mid(at, 2)
                                             : text.mid(at, 1))
                                      : QString();
        return Error{tr("“%1” on line %2 cannot be written in %3. Choose another encoding "
                        "(for example UTF-8) from the status bar, or remove the character.")
                         .arg(character)
                         .arg(line)
                         .arg(displayName())};
    }
    return QByteArray(bom + bytes);
}

} // namespace Baton::Core
