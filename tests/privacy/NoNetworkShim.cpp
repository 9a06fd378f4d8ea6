// LD_PRELOAD shim for the privacy tests: a process that creates or connects an Internet socket (AF_INET or
// AF_INET6) or resolves a host name dies at once with exit code 97 and a message on stderr. Local sockets
// (AF_UNIX: X11, D-Bus) pass through.

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int NetworkUsedExitCode = 97;

bool isInternet(int domain)
{
    return domain == AF_INET || domain == AF_INET6;
}

[[noreturn]] void refuse(const char* call)
{
    std::fprintf(stderr, "no-network shim: %s() opened the network\n", call);
    std::fflush(stderr);
    _exit(NetworkUsedExitCode);
}

template <typename Function> Function next(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int socket(int domain, int type, int protocol)
{
    if (isInternet(domain))
        refuse("socket");
    return next<int (*)(int, int, int)>("socket")(domain, type, protocol);
}

int connect(int fd, const struct sockaddr* address, socklen_t length)
{
    if (address && isInternet(address->sa_family))
        refuse("connect");
    return next<int (*)(int, const struct sockaddr*, socklen_t)>("connect")(fd, address, length);
}

int getaddrinfo(const char* /*node*/, const char* /*service*/, const struct addrinfo* /*hints*/,
                struct addrinfo** /*result*/)
{
    refuse("getaddrinfo");
}

struct hostent* gethostbyname(const char* /*name*/)
{
    refuse("gethostbyname");
}

} // extern "C"
