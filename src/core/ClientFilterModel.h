#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace Anchorline {

// Filters a ClientDirectory by a search text over client names and notes, ignoring case and accents: every
// word of the search must occur. Sorting uses the source's sort role (dates and counts sort as values).
class ClientFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClientFilterModel(QObject* parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_foldedWords;
};

} // namespace Anchorline
