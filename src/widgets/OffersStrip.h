#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QTabBar;

namespace Anchorline {

// The session's offers as tabs above the form, with a New button and a menu of Duplicate, Remove and Rename
// (also the tabs' context menu), and the same actions with shortcuts for the Offers menu, plus next and
// previous offer. It shows what it is given and
// asks for changes through signals; the form (OfferForm) holds the offers and records the undo steps.
class OffersStrip : public QWidget
{
    Q_OBJECT

public:
    explicit OffersStrip(QWidget* parent = nullptr);

    // One tab per label; `competing` is marked as the competing offer.
    void setOffers(const QStringList& labels, int current, std::optional<int> competing);
    // Switching, adding and duplicating need valid inputs; removing needs a second offer.
    void setEditable(bool canSwitch, bool canRemove);

    QTabBar* tabBar() const { return m_tabs; }
    // New, Duplicate, Remove, Rename, then Next and Previous: for the Offers menu.
    QList<QAction*> menuActions() const;
    QAction* newAction() const { return m_new; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* removeAction() const { return m_remove; }
    QAction* renameAction() const { return m_rename; }

signals:
    void offerSelected(int index);
    void newRequested();
    void duplicateRequested();
    void removeRequested();
    void renameRequested();

private:
    QAction* addStripAction(const QString& text, const QString& name, const QKeySequence& shortcut,
                            const QString& toolTip);
    void selectRelative(int step);

    QTabBar* m_tabs;
    QAction* m_new;
    QAction* m_duplicate;
    QAction* m_remove;
    QAction* m_rename;
    QAction* m_next;
    QAction* m_previous;
    bool m_updating = false;
};

} // namespace Anchorline
