#pragma once

#include <QByteArray>
#include <QString>

namespace acw::chattext {

// The chat relays text, not terminal control (issue 14 item 3). A message line is decoded
// as UTF-8 (invalid bytes become U+FFFD) and every character a terminal would act on is
// made visible instead:
//  - C0 controls and DEL in caret notation ("^[" for ESC, "^M" for CR, "^G" for BEL,
//    "^@" for NUL, "^?" for DEL), so "x\r* alice left" cannot overwrite a line and no
//    ESC/OSC sequence reaches a terminal; a TAB becomes a space;
//  - C1 controls (U+0080-U+009F, e.g. the 8-bit CSI 0x9B), bidi controls (U+202A-U+202E,
//    U+2066-U+2069, U+200E/U+200F, U+061C) and line/paragraph separators as U+FFFD.
QByteArray sanitizeMessage(const QByteArray &line);

// Why a nick is refused; None: acceptable.
enum class NickProblem { None, Empty, TooLong, BadUtf8, Reserved, NotPrintable };
// A nick is 1-32 characters of valid UTF-8, not starting with '*' or '/', without ':',
// whitespace, controls (C0, C1, DEL), format characters (bidi controls, zero-width
// spaces and joiners, the BOM, soft hyphen: Unicode category Cf), invisible fillers
// (U+115F, U+1160, U+3164, U+FFA0, U+2800, U+034F), unassigned, private-use or
// surrogate code points, or U+FFFD.
NickProblem checkNick(const QByteArray &name);

// Two nicks are the same member's if their fold keys are equal: NFKC (fullwidth and
// other compatibility forms), then Unicode case folding ("Alice", "ALICE", "ａｌｉｃｅ").
QString foldKey(const QString &name);
// A coarse look-alike key (a simple subset of Unicode TR39 confusables): the fold key
// with capital I, digit 1 and '|' read as 'l', digit 0 as 'o', Cyrillic and Greek letters
// that look like Latin ones as those ("аlice" with a Cyrillic a), and "rn" as "m",
// "vv" as "w". Equal keys: a look-alike of a present member, refused.
QString confusableKey(const QString &name);

} // namespace acw::chattext
