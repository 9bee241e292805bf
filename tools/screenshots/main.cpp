// acw-screenshots --lang LANG FILE: the workbench window, driven through a short demo and
// saved as FILE and its -echo, -terminator and -lab variants (scripts/screenshots.sh).
// A tool for the documentation, built beside the product and never installed.
#include "screenshotdemo.h"

#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("asynchat-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("AsyncChat Workbench"));
    QString language;
    QString file;
    bool usageError = false;
    const QStringList args = QApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(++i);
        else if (file.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            file = args.at(i);
        else
            usageError = true;
    }
    if (file.isEmpty() || usageError) {
        QTextStream(stderr) << "Usage: acw-screenshots [--lang LANG] FILE.png\n";
        return 2;
    }
    acw::installTranslations(language);
    acw::MainWindow window;
    window.show();
    acw::ScreenshotDemo demo(&window, file);
    demo.start();
    return app.exec();
}
