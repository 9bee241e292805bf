#include "gui.h"

#include "cli/serveroptions.h"

#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>

namespace acw {

namespace {

struct GuiOptions
{
    bool serve = false;
    ServerConfig server;
    QString language; // "" = saved setting, else the system's
    QString error;
};

GuiOptions parseOptions(const QStringList &args)
{
    GuiOptions o;
    o.server.idleTimeoutMs = 0; // from the window, no idle timeout unless asked for (issue 8)
    const QStringList serverOptions = cli::serverOptionNames();
    for (int i = 0; i < args.size() && o.error.isEmpty(); ++i) {
        const QString &a = args.at(i);
        const QString name = a.startsWith(QLatin1String("--")) ? a.mid(2) : QString();
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--serve")) {
            o.serve = true;
            if (hasValue && !args.at(i + 1).startsWith(QLatin1Char('-')))
                o.error
                    = cli::applyServerOption(QStringLiteral("profile"), args.at(++i), &o.server);
        } else if (serverOptions.contains(name)) {
            if (!hasValue)
                o.error = QCoreApplication::translate("acw::gui", "%1 needs a value").arg(a);
            else
                o.error = cli::applyServerOption(name, args.at(++i), &o.server);
        } else if (a == QLatin1String("--lang") && hasValue) {
            o.language = args.at(++i);
        } else {
            o.error = QCoreApplication::translate("acw::gui", "unknown option %1").arg(a);
        }
    }
    if (o.error.isEmpty() && o.serve)
        o.error = cli::checkServerConfig(o.server);
    return o;
}

} // namespace

int runGui(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("asynchat-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("AsyncChat Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ACW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/asynchat-workbench.svg")));
    // The desktop entry's name (packaging/): Wayland shells match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(ACW_APP_ID));
    GuiOptions options = parseOptions(args);
    if (options.language.isEmpty())
        options.language = Settings().language();
    installTranslations(options.language);
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << "asynchat-workbench: " << options.error << '\n';
        return 2;
    }

    MainWindow window;
    window.show();
    if (options.serve) {
        window.serve(options.server);
    }
    return app.exec();
}

} // namespace acw
