#include "gui.h"

#include "mainwindow.h"
#include "screenshotdemo.h"
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
    QString language;       // "" = saved setting, else the system's
    QString screenshot;     // --screenshot FILE: the demo, then quit (scripts/screenshots.sh)
    QString error;
};

GuiOptions parseOptions(const QStringList &args)
{
    GuiOptions o;
    o.server.idleTimeoutMs = 0; // from the window, no idle timeout unless asked for (issue 8)
    auto value = [&args](int &i) { return i + 1 < args.size() ? args.at(++i) : QString(); };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--serve")) {
            o.serve = true;
            if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1Char('-')))
                o.server.profile = args.at(++i);
        } else if (a == QLatin1String("--port")) {
            bool ok = false;
            const int port = value(i).toInt(&ok);
            if (!ok || port < 0 || port > 65535)
                o.error = QCoreApplication::translate("acw::gui", "--port needs 0 to 65535");
            o.server.port = quint16(port);
        } else if (a == QLatin1String("--bind")) {
            o.server.bindAddress = value(i);
        } else if (a == QLatin1String("--terminator")) {
            Terminator::ParseError error = Terminator::ParseError::NoError;
            o.server.terminator = Terminator::parse(value(i), &error);
            o.server.hasTerminator = error == Terminator::ParseError::NoError;
            if (!o.server.hasTerminator)
                o.error = QCoreApplication::translate("acw::gui", "bad --terminator");
        } else if (a == QLatin1String("--lang")) {
            o.language = value(i);
        } else if (a == QLatin1String("--screenshot")) {
            o.screenshot = value(i);
        } else {
            o.error = QCoreApplication::translate("acw::gui", "unknown option %1").arg(a);
        }
    }
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
    if (!options.screenshot.isEmpty()) {
        auto *demo = new ScreenshotDemo(&window, options.screenshot, &window);
        demo->start();
    } else if (options.serve) {
        window.serve(options.server);
    }
    return app.exec();
}

} // namespace acw
