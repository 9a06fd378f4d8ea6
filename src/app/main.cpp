#include "Application.h"

#include <QStringList>

int main(int argc, char* argv[])
{
    // Copied before QApplication removes the arguments it knows itself: it would take --session for X11
    // session management.
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    Anchorline::Application application(argc, argv);
    return application.run(arguments);
}
