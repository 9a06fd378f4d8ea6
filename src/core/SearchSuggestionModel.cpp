#include "SearchSuggestionModel.h"

#include "LocationSearch.h"
#include "RoleSearch.h"

namespace Anchorline {

SearchSuggestionModel::SearchSuggestionModel(Provider provider, QObject* parent)
    : QAbstractListModel(parent)
    , m_provider(std::move(provider))
{}

SearchSuggestionModel* SearchSuggestionModel::forRoles(const RoleSearch& search, QObject* parent)
{
    return new SearchSuggestionModel(
        [&search](const QString& query) {
            QList<Suggestion> suggestions;
            for (const auto& match : search.search(query, SuggestionLimit)) {
                // The person's wording stays in the field (it goes into the email); the list shows the
                // occupation.
                const QString display =
                    match.matched.compare(match.title, Qt::CaseInsensitive) == 0
                        ? QStringLiteral("%1 (%2)").arg(match.title, match.soc)
                        : QStringLiteral("%1 — %2 (%3)").arg(match.matched, match.title, match.soc);
                // Typed text that names the suggestion already keeps the person's spelling.
                const bool typed = match.matched.compare(query.trimmed(), Qt::CaseInsensitive) == 0;
                suggestions.append({typed ? query.trimmed() : match.matched, match.soc, display});
            }
            return suggestions;
        },
        parent);
}

SearchSuggestionModel* SearchSuggestionModel::forLocations(const LocationSearch& search, QObject* parent)
{
    return new SearchSuggestionModel(
        [&search](const QString& query) {
            QList<Suggestion> suggestions;
            for (const auto& match : search.search(query, SuggestionLimit)) {
                const QString display = match.matched.compare(match.name, Qt::CaseInsensitive) == 0
                                            ? match.name
                                            : QStringLiteral("%1 (%2)").arg(match.matched, match.name);
                suggestions.append({match.matched, match.code, display});
            }
            return suggestions;
        },
        parent);
}

void SearchSuggestionModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    m_suggestions = query.trimmed().isEmpty() ? QList<Suggestion>{} : m_provider(query);
    endResetModel();
}

int SearchSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

QVariant SearchSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& suggestion = m_suggestions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return suggestion.display;
    case Qt::EditRole:
        return suggestion.text;
    case CodeRole:
        return suggestion.code;
    default:
        return {};
    }
}

} // namespace Anchorline
