#pragma once

#include <QString>

namespace acw {

// Installs the workbench's translation (embedded under :/i18n) and Qt's own for a
// language ("zh_CN", "en"; empty: the system's), replacing what was installed before.
// Returns false if there is no catalogue for it (English source strings are then shown).
bool installTranslations(const QString &language);

} // namespace acw
