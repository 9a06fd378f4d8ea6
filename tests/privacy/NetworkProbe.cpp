// Proves the no-network shim bites: opens a local socket, then (with "inet") an Internet socket.

#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char* argv[])
{
    const int local = socket(AF_UNIX, SOCK_STREAM, 0);
    if (local < 0)
        return 1;
    close(local);
    if (argc > 1 && std::strcmp(argv[1], "inet") == 0) {
        const int internet = socket(AF_INET, SOCK_STREAM, 0);
        if (internet >= 0)
            close(internet);
    }
    return 0;
}
