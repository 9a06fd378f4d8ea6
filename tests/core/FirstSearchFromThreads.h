#pragma once

#include <QStringList>
#include <QTest>

#include <thread>
#include <vector>

namespace Anchorline {

// RoleSearch and LocationSearch build their index once, by whichever thread searches by name first; the
// others wait for it. Searches `queries` on a fresh instance from one thread each and compares every result
// list with the `prepared` instance's, match by match through `key`.
template <typename Search, typename Key>
void checkFirstSearchFromSeveralThreads(const Search& fresh, const Search& prepared,
                                        const QStringList& queries, Key key)
{
    using Matches = decltype(prepared.search(queries.front()));
    std::vector<Matches> found(size_t(queries.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < queries.size(); ++i)
        threads.emplace_back([&, i] { found[size_t(i)] = fresh.search(queries.at(i)); });
    for (std::thread& thread : threads)
        thread.join();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const Matches expected = prepared.search(queries.at(i));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(found[size_t(i)].size(), expected.size());
        for (qsizetype j = 0; j < expected.size(); ++j)
            QCOMPARE(key(found[size_t(i)].at(j)), key(expected.at(j)));
    }
}

} // namespace Anchorline
