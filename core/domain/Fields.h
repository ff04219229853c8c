#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace chairside {

// Field rules shared by every door (REST dialects, GUI forms, CLI): one declaration per field, validated and
// normalised in one place, with DRF's wording so seed clients read the messages they already know.
enum class FieldType
{
    Text,
    LongText,
    Integer,
    Date,
    Time,
    Email,
    Phone,
    Gender,
    Decimal,
    Boolean
};

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    int maxLength = 255;
    // Integer bounds (Integer fields only).
    qint64 minimum = 0;
    qint64 maximum = 0;
};

// True when the client sent JSON null (Qt 6 maps it to a std::nullptr_t QVariant) or nothing at all.
bool isNullValue(const QVariant& value);

// A reference as the seeds send it: under `key` or `key_id` (the first one present), as our UUID text or,
// from old clients, a number (then simply an id that does not exist); JSON null reads as empty. Nothing when
// neither key was sent. `usedKey`, when given, gets the spelling found (`key_id` when neither), for errors.
std::optional<QString> referenceField(const QVariantMap& input, const QString& key,
                                      QString* usedKey = nullptr);

// Validates and normalises the fields present in `input` that `specs` knows; unknown keys are ignored (DRF
// behaviour). Null or empty values become NULL. Problems are added to `errors` under the field's name.
QVariantMap normalizeFields(const QList<FieldSpec>& specs, const QVariantMap& input, FieldErrors& errors);

// Gender as received (M/F/O/Male/Female/Other in any case) is echoed; this maps it to one canonical word.
QString canonicalGender(const QString& spelling);

// An enumeration value in any of the seeds' spellings ("Credit Card", "credit-card", "CREDIT_CARD") as one of
// `codes` (lower case, words joined by "_"), or nothing when it is none of them.
std::optional<QString> enumCode(const QVariant& spelling, const QStringList& codes);

// A positive amount of money as a decimal string with two places ("150.00"), from a JSON number or a numeric
// string; nothing when it is not a number, not above zero, or has more than two decimal places.
std::optional<QString> positiveMoney(const QVariant& value);

// A name or a heading as a key to compare by: case, accents and punctuation folded, words split by one space
// ("Müller-Lüdenscheidt" and "MULLER LUDENSCHEIDT" are one key; "Straße" is "strasse"; "E-Mail" is "e mail").
// The one rule wherever two spellings of a name are taken as the same: duplicate checks, DICOM patient
// matching, CSV headings.
QString foldedKey(const QString& text);

// A person's name as people read it: first and last name, else `fallback` (the username, or a patient's
// single name field).
QString personName(const QString& first, const QString& last, const QString& fallback);
// The same in SQL over a users row aliased `alias`: first and last name, else the username, else the email.
QString userNameSql(const QString& alias);

// A radiograph's pixel spacing: more than 0 and at most a centimetre per pixel. Anything beyond is a slip of
// the calibration or of a unit, not an X-ray. The one rule for images stored, marks saved and files read.
constexpr double kMaxPixelSpacingMm = 10.0;
bool isPlausiblePixelSpacingMm(double millimetres);

// Age in whole years on `today` for an ISO date of birth, or -1.
int ageOn(const QString& isoDateOfBirth, const QDate& today);

} // namespace chairside
