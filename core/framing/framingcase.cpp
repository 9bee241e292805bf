#include "framing/framingcase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cctype>
#include <cmath>

namespace acw {

namespace {

const char *const knownKeys[] = { "input_hex", "input", "chunks", "terminators", "set_at",
    "max_frame", "repeat_last", "overwrite", "expect" };

struct Reader
{
    CaseError error;

    bool fail(CaseError::Kind kind, const QString &where, const QString &key = QString(),
        const QString &other = QString())
    {
        return fail(CaseError::of(kind, where, key, other));
    }
    bool fail(const CaseError &e)
    {
        if (error.isNone())
            error = e;
        return false;
    }

    bool integer(const QJsonValue &v, qint64 min, const QString &where, qint64 *out)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > 9.0e15) {
            CaseError e = CaseError::of(CaseError::Kind::NotWholeNumber, where);
            e.number = min;
            return fail(e);
        }
        *out = qint64(d);
        return true;
    }

    bool spec(const QJsonValue &v, const QString &where, Terminator *out)
    {
        if (!v.isString())
            return fail(CaseError::Kind::NotTerminatorText, where);
        Terminator::ParseError e = Terminator::ParseError::NoError;
        *out = Terminator::parse(v.toString(), &e);
        if (e != Terminator::ParseError::NoError) {
            CaseError bad = CaseError::of(CaseError::Kind::BadTerminator, where);
            bad.text = v.toString();
            bad.terminatorError = e;
            return fail(bad);
        }
        return true;
    }

    // "<name>_hex" (hex digits) or "<name>" (text with escapes), not both.
    bool bytes(const QJsonObject &o, const QString &name, const QString &where, bool required,
        std::optional<QByteArray> *out)
    {
        const QString hexKey = name + QStringLiteral("_hex");
        const bool hasHex = o.contains(hexKey);
        const bool hasText = o.contains(name);
        if (hasHex && hasText)
            return fail(CaseError::Kind::BothKeys, where, hexKey, name);
        if (!hasHex && !hasText) {
            if (required)
                return fail(CaseError::Kind::MissingKey, where, hexKey);
            return true;
        }
        const QJsonValue v = o.value(hasHex ? hexKey : name);
        if (!v.isString())
            return fail(CaseError::Kind::NotText, where, hasHex ? hexKey : name);
        if (hasHex) {
            QByteArray digits = v.toString().toLatin1();
            digits.replace(' ', QByteArray());
            for (char c : digits) {
                if (!std::isxdigit(static_cast<unsigned char>(c)))
                    return fail(CaseError::Kind::NotHexDigit, where, hexKey);
            }
            if (digits.size() % 2)
                return fail(CaseError::Kind::OddHexDigits, where, hexKey);
            *out = QByteArray::fromHex(digits);
            return true;
        }
        bool ok = false;
        *out = Terminator::unescape(v.toString(), &ok);
        if (!ok)
            return fail(CaseError::Kind::BadEscape, where, name);
        return true;
    }
};

QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

bool FramingCase::fromJson(const QByteArray &json, FramingCase *out, CaseError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = CaseError::of(CaseError::Kind::NotJson);
        error->detail = parseError.errorString();
        error->number = parseError.offset;
        return false;
    }
    if (!doc.isObject()) {
        *error = CaseError::of(CaseError::Kind::NotAnObject);
        return false;
    }
    const QJsonObject o = doc.object();
    Reader r;
    FramingCase c;
    std::optional<QByteArray> input;
    r.bytes(o, QStringLiteral("input"), QString(), true, &input);
    c.input = input.value_or(QByteArray());

    const QJsonValue chunks = o.value(QStringLiteral("chunks"));
    if (chunks.isArray()) {
        const QJsonArray a = chunks.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            qint64 n = 0;
            if (r.integer(a.at(i), 1, QStringLiteral("chunks[%1]").arg(i), &n))
                c.setup.chunks << n;
        }
    } else if (!chunks.isUndefined() && !chunks.isNull()) {
        r.fail(CaseError::Kind::NotReadSizes, QStringLiteral("chunks"));
    }

    const QJsonValue terminators = o.value(QStringLiteral("terminators"));
    if (terminators.isUndefined()) {
        c.setup.script = { Terminator::bytes("\r\n") }; // as `frame` without -t
    } else if (terminators.isArray()) {
        const QJsonArray a = terminators.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            Terminator t;
            if (r.spec(a.at(i), QStringLiteral("terminators[%1]").arg(i), &t))
                c.setup.script << t;
        }
    } else {
        r.fail(CaseError::Kind::NotTerminatorList, QStringLiteral("terminators"));
    }

    const QJsonValue setAt = o.value(QStringLiteral("set_at"));
    if (setAt.isArray()) {
        const QJsonArray a = setAt.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("set_at[%1]").arg(i);
            const QJsonArray pair = a.at(i).toArray();
            if (!a.at(i).isArray() || pair.size() != 2) {
                r.fail(CaseError::Kind::NotChangePair, where);
                continue;
            }
            TerminatorChange change;
            if (r.integer(pair.at(0), 0, where + QStringLiteral("[0]"), &change.at)
                && r.spec(pair.at(1), where + QStringLiteral("[1]"), &change.terminator))
                c.setup.setAt << change;
        }
    } else if (!setAt.isUndefined() && !setAt.isNull()) {
        r.fail(CaseError::Kind::NotChangeList, QStringLiteral("set_at"));
    }

    const QJsonValue maxFrame = o.value(QStringLiteral("max_frame"));
    if (!maxFrame.isUndefined() && !maxFrame.isNull()) {
        qint64 n = 0;
        if (r.integer(maxFrame, 0, QStringLiteral("max_frame"), &n))
            c.setup.maxFrame = n;
    }
    for (const char *key : { "repeat_last", "overwrite" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            r.fail(CaseError::Kind::NotTrueOrFalse, QLatin1String(key));
    }
    c.setup.repeatLast = o.value(QStringLiteral("repeat_last")).toBool(true);
    c.setup.overwrite = o.value(QStringLiteral("overwrite")).toBool(false);

    const QJsonValue expect = o.value(QStringLiteral("expect"));
    if (expect.isObject()) {
        c.hasExpect = true;
        const QJsonObject e = expect.toObject();
        const QJsonValue frames = e.value(QStringLiteral("frames"));
        if (!frames.isArray())
            r.fail(CaseError::Kind::NotFrameList, QStringLiteral("expect.frames"));
        const QJsonArray a = frames.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("expect.frames[%1]").arg(i);
            if (!a.at(i).isObject()) {
                r.fail(CaseError::Kind::NotFrameObject, where);
                continue;
            }
            const QJsonObject f = a.at(i).toObject();
            std::optional<QByteArray> data;
            Frame frame;
            if (r.bytes(f, QStringLiteral("data"), where, true, &data))
                frame.data = *data;
            if (f.contains(QStringLiteral("terminator"))) {
                Terminator t;
                if (r.spec(f.value(QStringLiteral("terminator")),
                        where + QStringLiteral(".terminator"), &t))
                    frame.terminator = t;
            }
            c.frames << frame;
        }
        r.bytes(e, QStringLiteral("pending"), QStringLiteral("expect"), false, &c.pending);
        r.bytes(e, QStringLiteral("held_back"), QStringLiteral("expect"), false, &c.heldBack);
        if (e.contains(QStringLiteral("terminator"))) {
            Terminator t;
            if (r.spec(
                    e.value(QStringLiteral("terminator")), QStringLiteral("expect.terminator"), &t))
                c.terminator = t;
        }
        if (e.contains(QStringLiteral("too_long"))) {
            if (!e.value(QStringLiteral("too_long")).isBool())
                r.fail(CaseError::Kind::NotTrueOrFalse, QStringLiteral("expect.too_long"));
            c.tooLong = e.value(QStringLiteral("too_long")).toBool();
        }
    } else if (!expect.isUndefined()) {
        r.fail(CaseError::Kind::NotExpectObject, QStringLiteral("expect"));
    }
    if (r.error.isNone()) {
        const SetupProblem invalid = c.setup.validate();
        if (!invalid.isNone()) {
            CaseError e = CaseError::of(CaseError::Kind::BadSetup);
            e.setup = invalid;
            r.fail(e);
        }
    }
    if (!r.error.isNone()) {
        *error = r.error;
        return false;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char *key : knownKeys)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            c.extra.insert(it.key(), it.value());
    }
    *out = c;
    return true;
}

QByteArray FramingCase::toJson() const
{
    QByteArray out = "{\n";
    for (auto it = extra.begin(); it != extra.end(); ++it) { // a title first, if any
        out += "  " + jsonString(it.key()) + ": "
               + QJsonDocument(QJsonArray { it.value() })
                     .toJson(QJsonDocument::Compact)
                     .mid(1)
                     .chopped(1)
               + ",\n";
    }
    out += "  \"input_hex\": \"" + input.toHex() + "\",\n";
    QByteArrayList chunks;
    for (qint64 n : setup.chunks)
        chunks << QByteArray::number(n);
    out += "  \"chunks\": [" + chunks.join(", ") + "],\n";
    QByteArrayList specs;
    for (const Terminator &t : setup.script)
        specs << jsonString(t.toSpec());
    out += "  \"terminators\": [" + specs.join(", ") + "],\n";
    QByteArrayList changes;
    for (const TerminatorChange &c : setup.setAt)
        changes << "[" + QByteArray::number(c.at) + ", " + jsonString(c.terminator.toSpec()) + "]";
    out += "  \"set_at\": [" + changes.join(", ") + "],\n";
    out += "  \"max_frame\": "
           + (setup.maxFrame < 0 ? QByteArray("null") : QByteArray::number(setup.maxFrame)) + ",\n";
    out += QByteArray("  \"repeat_last\": ") + (setup.repeatLast ? "true" : "false") + ",\n";
    out += QByteArray("  \"overwrite\": ") + (setup.overwrite ? "true" : "false");
    if (hasExpect) {
        out += ",\n  \"expect\": {\n    \"frames\": [";
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const Frame &f = frames.at(i);
            out += i ? ",\n      " : "\n      ";
            out += "{\"data_hex\": \"" + f.data.toHex() + "\"";
            if (f.terminator)
                out += ", \"terminator\": " + jsonString(f.terminator->toSpec());
            out += "}";
        }
        out += frames.isEmpty() ? "]" : "\n    ]";
        if (pending)
            out += ",\n    \"pending_hex\": \"" + pending->toHex() + "\"";
        if (heldBack)
            out += ",\n    \"held_back_hex\": \"" + heldBack->toHex() + "\"";
        if (terminator)
            out += ",\n    \"terminator\": " + jsonString(terminator->toSpec());
        if (tooLong)
            out += QByteArray(",\n    \"too_long\": ") + (*tooLong ? "true" : "false");
        out += "\n  }";
    }
    out += "\n}\n";
    return out;
}

void FramingCase::expectOutcome(const FramingOutcome &outcome)
{
    hasExpect = true;
    frames.clear();
    for (const ScriptedFrame &f : outcome.frames)
        frames << Frame { f.data, f.terminator };
    pending = outcome.pending;
    heldBack = outcome.heldBack;
    terminator = outcome.terminator;
    tooLong = outcome.tooLong;
}

QList<CaseDifference> FramingCase::diff(const FramingOutcome &o) const
{
    using Kind = CaseDifference::Kind;
    QList<CaseDifference> out;
    auto add = [&out](Kind kind, qint64 frame = 0) -> CaseDifference & {
        out.append(CaseDifference());
        out.last().kind = kind;
        out.last().frame = frame;
        return out.last();
    };
    if (frames.size() != o.frames.size()) {
        CaseDifference &d = add(Kind::FrameCount);
        d.expectedCount = frames.size();
        d.gotCount = o.frames.size();
    }
    const qsizetype common = std::min(frames.size(), o.frames.size());
    for (qsizetype i = 0; i < common; ++i) {
        const Frame &want = frames.at(i);
        const ScriptedFrame &got = o.frames.at(i);
        if (want.data != got.data) {
            CaseDifference &d = add(Kind::FrameData, i + 1);
            d.expectedBytes = want.data;
            d.gotBytes = got.data;
        }
        if (want.terminator && *want.terminator != got.terminator) {
            CaseDifference &d = add(Kind::FrameTerminator, i + 1);
            d.expectedTerminator = *want.terminator;
            d.gotTerminator = got.terminator;
        }
    }
    for (qsizetype i = common; i < frames.size(); ++i)
        add(Kind::MissingFrame, i + 1).expectedBytes = frames.at(i).data;
    for (qsizetype i = common; i < o.frames.size(); ++i)
        add(Kind::ExtraFrame, i + 1).gotBytes = o.frames.at(i).data;
    if (pending && *pending != o.pending) {
        CaseDifference &d = add(Kind::Pending);
        d.expectedBytes = *pending;
        d.gotBytes = o.pending;
    }
    if (heldBack && *heldBack != o.heldBack) {
        CaseDifference &d = add(Kind::HeldBack);
        d.expectedBytes = *heldBack;
        d.gotBytes = o.heldBack;
    }
    if (terminator && *terminator != o.terminator) {
        CaseDifference &d = add(Kind::EndTerminator);
        d.expectedTerminator = *terminator;
        d.gotTerminator = o.terminator;
    }
    if (tooLong && *tooLong != o.tooLong) {
        CaseDifference &d = add(Kind::TooLong);
        d.expectedFlag = *tooLong;
        d.gotFlag = o.tooLong;
    }
    return out;
}

} // namespace acw
