#include "mainwindow.h"

namespace acw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("AsyncChat Workbench"));
}

} // namespace acw
