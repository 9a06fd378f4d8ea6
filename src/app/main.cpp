#include "Application.h"

int main(int argc, char* argv[])
{
    Anchorline::Application application(argc, argv);
    return application.run();
}
