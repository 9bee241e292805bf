#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace acw {

bool installTranslations(const QString &language)
{
    // Owned by the application object, so they live as long as it and no longer.
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    QCoreApplication *app = QCoreApplication::instance();
    for (QTranslator **t : { &ours, &qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    ours = new QTranslator(app);
    const bool found = ours->load(locale, QStringLiteral("asynchat-workbench"), QStringLiteral("_"),
        QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(ours);
    return found;
}

} // namespace acw
