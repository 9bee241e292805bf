#include "gui.h"

#include "mainwindow.h"

#include <QApplication>

namespace acw {

int runGui(int &argc, char **argv, const QStringList &args)
{
    Q_UNUSED(args)
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace acw
