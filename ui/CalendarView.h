#pragma once

#include "services/Services.h"

#include <QDate>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

namespace chairside::ui {

// One clinic day (or a week: the days side by side, each split per chair or dentist) as a grid: a column per
// chair (or per dentist), time running down on the left, appointments
// as blocks sized by their length and coloured by status, and a line at the current time on today. Drag a
// block to move it (to another time or column), drag its lower edge to change its length; the booking rules
// of the core refuse what they must, the refusal is reported and the block goes back. A click on an empty
// place asks for a booking there. Keyboard: arrows move the slot cursor, Enter books at the cursor or opens
// the selected block, Alt+Up/Down moves the selected block by a step, Shift+Up/Down changes its length,
// the Menu key (or Shift+F10) opens its status menu.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Columns
    {
        Chairs,
        Dentists
    };
    enum class Span
    {
        Day,
        Week // Monday to Sunday of the date's week
    };
    static constexpr int kStepMinutes = 15;

    CalendarView(Services& services, Actor actor, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate& clinicDate);
    Columns columns() const { return m_columnKind; }
    void setColumns(Columns columns);
    Span span() const { return m_span; }
    void setSpan(Span span);
    // Reads the day again; a drag in progress is finished first by its release.
    void reload();

    int columnCount() const { return int(m_columns.size()); }
    QString columnName(int column) const;
    QDate columnDate(int column) const;
    // Where things are drawn, for tests and accessibility: a block, and the top-left of a time in a column.
    QRect blockRect(const QString& appointmentId) const;
    QPoint slotPoint(int column, const QTime& clinicTime) const;
    QString selectedAppointment() const { return m_selected; }
    // Whether the appointment is one of a double booking that sync brought together (ConflictService); such
    // blocks carry a red badge until staff move or cancel one of the pair.
    bool isInConflict(const QString& appointmentId) const { return m_conflicted.contains(appointmentId); }
    QStringList appointmentIds() const;

    QSize sizeHint() const override;

signals:
    // A click (or Enter) on an empty place: book there. Ids are empty when the column does not fix them.
    void bookingRequested(const QDateTime& startUtc, const QString& dentistId, const QString& chairId);
    // Something the user should read: a refusal (problem) or what was done.
    void message(const QString& text, bool problem);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Column
    {
        QDate date;
        QString id; // chair or dentist id; empty for "no chair"
        QString name;
    };
    struct Block
    {
        QVariantMap row;
        int column = 0;
        QTime start; // clinic time on this day
        int minutes = 0;
    };
    enum class Drag
    {
        None,
        Move,
        Resize
    };

    void loadColumns();
    int columnAt(int x) const;
    // The grid is worked out left to right (time gutter, then the columns in order); under a right-to-left
    // layout (Arabic) these mirror it, so the gutter is on the right and the first column next to it.
    QRect visual(const QRect& leftToRight) const;
    int visualX(int leftToRightX) const;
    QTime timeAt(int y) const; // snapped to the step
    int headerHeight() const;
    int yOf(const QTime& time) const;
    static int pixelsFor(int minutes);
    static int minutesFor(int pixels);
    int columnWidth() const;
    QRect rectOf(const Block& block) const;
    const Block* blockAt(const QPoint& point) const;
    const Block* block(const QString& id) const;
    QDateTime toUtc(int column, const QTime& clinicTime) const;
    QList<QDate> days() const;
    void select(const QString& id);
    // Moves and/or resizes through the service; reports the outcome and reloads either way.
    void commitChange(const Block& block, int column, const QTime& start, int minutes);
    void showStatusMenu(const Block& block, const QPoint& globalPos);
    void requestBookingAt(int column, const QTime& time);

    Services& m_services;
    Actor m_actor;
    QTimeZone m_zone;
    QDate m_date;
    Columns m_columnKind = Columns::Chairs;
    Span m_span = Span::Day;
    QList<Column> m_columns;
    QList<Block> m_blocks;
    QSet<QString> m_conflicted;
    QTime m_dayStart{7, 0};
    QTime m_dayEnd{20, 0};
    QString m_selected;
    int m_cursorColumn = 0;
    QTime m_cursorTime{8, 0};

    Drag m_drag = Drag::None;
    QString m_dragId;
    QPoint m_pressPos;
    QPoint m_dragOffset;
    QRect m_dragRect; // where the dragged block is drawn now
    bool m_dragMoved = false;
};

} // namespace chairside::ui
