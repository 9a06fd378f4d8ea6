#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <functional>

namespace Anchorline {

class LocationSearch;
class RoleSearch;

// Typeahead suggestions for a line edit: setQuery() asks a search (RoleSearch, LocationSearch) for the best
// matches and the model lists them. Display: "San Jose (San Jose-Sunnyvale-Santa Clara, CA)"; Edit: the text
// to put into the field; CodeRole: the SOC or area code. A list model so that completers and tests share it.
class SearchSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole
    };

    struct Suggestion
    {
        QString text;    // what goes into the field
        QString code;    // "15-1252", "41940", "US"
        QString display; // what the list shows
    };
    using Provider = std::function<QList<Suggestion>(const QString& query)>;

    static constexpr int SuggestionLimit = 12;

    SearchSuggestionModel(Provider provider, QObject* parent = nullptr);
    static SearchSuggestionModel* forRoles(const RoleSearch& search, QObject* parent = nullptr);
    static SearchSuggestionModel* forLocations(const LocationSearch& search, QObject* parent = nullptr);

    void setQuery(const QString& query);
    QString query() const { return m_query; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Provider m_provider;
    QString m_query;
    QList<Suggestion> m_suggestions;
};

} // namespace Anchorline
