#include "Fields.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <cmath>

namespace chairside {

namespace {

bool isString(const QVariant& v)
{
    return v.metaType().id() == QMetaType::QString;
}

bool isNumber(const QVariant& v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// A text form of a scalar JSON value (string or number); nothing for arrays, objects and booleans.
std::optional<QString> scalarText(const QVariant& v)
{
    if (isString(v))
        return v.toString().trimmed();
    if (isNumber(v)) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return std::nullopt;
}

} // namespace

bool isNullValue(const QVariant& value)
{
    return !value.isValid() || value.isNull() || value.metaType().id() == QMetaType::Nullptr;
}

std::optional<QString> referenceField(const QVariantMap& input, const QString& key, QString* usedKey)
{
    for (const QString& k : {key, key + QStringLiteral("_id")}) {
        if (!input.contains(k))
            continue;
        if (usedKey)
            *usedKey = k;
        const QVariant v = input.value(k);
        if (isNullValue(v))
            return QString();
        if (v.metaType().id() == QMetaType::Double)
            return QString::number(qint64(v.toDouble()));
        return v.toString();
    }
    if (usedKey)
        *usedKey = key + QStringLiteral("_id");
    return std::nullopt;
}

std::optional<QString> enumCode(const QVariant& spelling, const QStringList& codes)
{
    if (!isString(spelling))
        return std::nullopt;
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    const QString code = spelling.toString().trimmed().toLower().replace(separators, QStringLiteral("_"));
    if (!codes.contains(code))
        return std::nullopt;
    return code;
}

std::optional<QString> positiveMoney(const QVariant& value)
{
    const std::optional<QString> text = scalarText(value);
    static const QRegularExpression amount(QStringLiteral("^\\d{1,12}(\\.\\d{1,2})?$"));
    if (!text || !amount.match(*text).hasMatch() || text->toDouble() <= 0)
        return std::nullopt;
    return QString::number(text->toDouble(), 'f', 2);
}

bool isPlausiblePixelSpacingMm(double millimetres)
{
    return std::isfinite(millimetres) && millimetres > 0.0 && millimetres <= kMaxPixelSpacingMm;
}

QString foldedKey(const QString& text)
{
    QString key;
    bool space = false;
    // By code point, so a letter outside the first plane (a rarer CJK ideograph) is a letter, not two halves.
    for (const char32_t c : text.normalized(QString::NormalizationForm_KD).toCaseFolded().toUcs4()) {
        if (QChar::isMark(c))
            continue;
        if (!QChar::isLetterOrNumber(c)) {
            space = true;
            continue;
        }
        if (space && !key.isEmpty())
            key += QLatin1Char(' ');
        space = false;
        // ß has no one-letter capital; "SS" is how it is written in capitals.
        if (c == U'\u00DF')
            key += QStringLiteral("ss");
        else
            key += QString::fromUcs4(&c, 1);
    }
    return key;
}

QString personName(const QString& first, const QString& last, const QString& fallback)
{
    const QString joined = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    return joined.isEmpty() ? fallback : joined;
}

QString userNameSql(const QString& alias)
{
    return QStringLiteral("COALESCE(NULLIF(TRIM(COALESCE(%1.first_name, '') || ' ' || COALESCE(%1.last_name, "
                          "'')), ''), %1.username, %1.email)")
        .arg(alias);
}

QString canonicalGender(const QString& spelling)
{
    const QString g = spelling.trimmed().toLower();
    if (g == QLatin1String("m") || g == QLatin1String("male"))
        return QStringLiteral("Male");
    if (g == QLatin1String("f") || g == QLatin1String("female"))
        return QStringLiteral("Female");
    if (g == QLatin1String("o") || g == QLatin1String("other"))
        return QStringLiteral("Other");
    return {};
}

int ageOn(const QString& isoDateOfBirth, const QDate& today)
{
    const QDate dob = QDate::fromString(isoDateOfBirth, Qt::ISODate);
    if (!dob.isValid() || dob > today)
        return -1;
    int age = today.year() - dob.year();
    if (today.month() < dob.month() || (today.month() == dob.month() && today.day() < dob.day()))
        --age;
    return age;
}

QVariantMap normalizeFields(const QList<FieldSpec>& specs, const QVariantMap& input, FieldErrors& errors)
{
    static const QRegularExpression emailPattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()./-]{3,30}$"));
    static const QRegularExpression decimalPattern(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));

    QVariantMap out;
    for (const FieldSpec& spec : specs) {
        if (!input.contains(spec.name))
            continue;
        const QVariant raw = input.value(spec.name);
        if (isNullValue(raw)) {
            out.insert(spec.name, QVariant());
            continue;
        }
        const bool boolean = raw.metaType().id() == QMetaType::Bool;
        if (spec.type == FieldType::Boolean) {
            if (boolean) {
                out.insert(spec.name, raw.toBool() ? 1 : 0);
                continue;
            }
            const QString t = scalarText(raw).value_or(QString()).toLower();
            if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
                out.insert(spec.name, 1);
            else if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
                out.insert(spec.name, 0);
            else
                errors.add(spec.name, QStringLiteral("Must be a valid boolean."));
            continue;
        }
        const std::optional<QString> scalar = boolean ? std::nullopt : scalarText(raw);
        if (!scalar) {
            errors.add(spec.name, spec.type == FieldType::Integer
                                      ? QStringLiteral("A valid integer is required.")
                                      : QStringLiteral("Not a valid string."));
            continue;
        }
        const QString text = *scalar;
        if (text.isEmpty()) {
            out.insert(spec.name, QVariant());
            continue;
        }
        switch (spec.type) {
        case FieldType::Text:
        case FieldType::LongText:
            if (spec.type == FieldType::Text && text.size() > spec.maxLength)
                errors.add(
                    spec.name,
                    QStringLiteral("Ensure this field has no more than %1 characters.").arg(spec.maxLength));
            else
                out.insert(spec.name, text);
            break;
        case FieldType::Integer: {
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (!ok)
                errors.add(spec.name, QStringLiteral("A valid integer is required."));
            else if (value < spec.minimum)
                errors.add(
                    spec.name,
                    QStringLiteral("Ensure this value is greater than or equal to %1.").arg(spec.minimum));
            else if (spec.maximum > spec.minimum && value > spec.maximum)
                errors.add(
                    spec.name,
                    QStringLiteral("Ensure this value is less than or equal to %1.").arg(spec.maximum));
            else
                out.insert(spec.name, value);
            break;
        }
        case FieldType::Date: {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() || text.size() != 10)
                errors.add(
                    spec.name,
                    QStringLiteral("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."));
            else
                out.insert(spec.name, d.toString(Qt::ISODate));
            break;
        }
        case FieldType::Time: {
            QTime t = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
            if (!t.isValid())
                t = QTime::fromString(text, QStringLiteral("HH:mm"));
            if (!t.isValid())
                errors.add(
                    spec.name,
                    QStringLiteral(
                        "Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]]."));
            else
                out.insert(spec.name, t.toString(QStringLiteral("HH:mm:ss")));
            break;
        }
        case FieldType::Email:
            if (!emailPattern.match(text).hasMatch() || text.size() > 254)
                errors.add(spec.name, QStringLiteral("Enter a valid email address."));
            else
                out.insert(spec.name, text);
            break;
        case FieldType::Phone:
            if (!phonePattern.match(text).hasMatch())
                errors.add(spec.name, QStringLiteral("Enter a valid phone number."));
            else
                out.insert(spec.name, text);
            break;
        case FieldType::Gender:
            if (canonicalGender(text).isEmpty())
                errors.add(spec.name, QStringLiteral("\"%1\" is not a valid choice.").arg(text));
            else
                out.insert(spec.name, text);
            break;
        case FieldType::Decimal:
            if (!decimalPattern.match(text).hasMatch() || text.toDouble() < 0 || text.size() > 16)
                errors.add(spec.name, QStringLiteral("A valid non-negative number is required."));
            else
                out.insert(spec.name, QString::number(text.toDouble(), 'f', 2));
            break;
        case FieldType::Boolean:
            break;
        }
    }
    return out;
}

} // namespace chairside
