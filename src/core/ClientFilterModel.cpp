#include "ClientFilterModel.h"

#include "ClientDirectory.h"
#include "SearchText.h"

#include <algorithm>

namespace Anchorline {

ClientFilterModel::ClientFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClientDirectory::SortRole);
}

void ClientFilterModel::setSearchText(const QString& text)
{
    m_searchText = text;
    m_foldedWords = SearchText::words(SearchText::normalized(text));
    invalidateFilter();
}

bool ClientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_foldedWords.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(ClientDirectory::SearchTextRole).toString();
    // Words may be partly typed ("dan" finds "Dana"), so each is matched as a substring.
    return std::all_of(m_foldedWords.cbegin(), m_foldedWords.cend(),
                       [&](const QString& word) { return haystack.contains(word); });
}

} // namespace Anchorline
