#include "CalendarView.h"

#include "ErrorText.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace chairside::ui {

namespace {

constexpr int kGutter = 56; // the time labels, on the left (on the right in right-to-left languages)
constexpr int kHeader = 28; // the column names on top
// Whole pixels per hour, and a rate that is exact in integers for every 5 minutes (72 px = 6 px per 5 min),
// so a point taken from a time maps back to that same time.
constexpr int kPixelsPerHour = 72;
constexpr int kMinimumColumnWidth = 120;
constexpr int kMinimumWeekColumnWidth = 36; // a week shows 7 x chairs columns
constexpr int kDayHeader = 20;              // the day names above the columns in a week
constexpr int kResizeHandle = 6;            // pixels at a block's lower edge that resize instead of move

QString text(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return v.isNull() ? QString() : v.toString();
}

QColor statusColour(const QString& status)
{
    if (status == QLatin1String("requested"))
        return QColor(0xe3, 0xe3, 0xe3);
    if (status == QLatin1String("confirmed"))
        return QColor(0xb9, 0xe4, 0xc9);
    if (status == QLatin1String("arrived"))
        return QColor(0xff, 0xe0, 0x8a);
    if (status == QLatin1String("in_chair"))
        return QColor(0xff, 0xbf, 0x80);
    if (status == QLatin1String("completed"))
        return QColor(0xcf, 0xcf, 0xcf);
    return QColor(0xc6, 0xdb, 0xfb); // scheduled
}

int minutesBetween(const QTime& from, const QTime& to)
{
    return from.secsTo(to) / 60;
}

struct StatusAction
{
    AppointmentStatus status;
    const char* label;
};

} // namespace

CalendarView::CalendarView(Services& services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_zone(services.schedule.timeZone())
    , m_date(m_services.ctx.clock.nowUtc().toTimeZone(m_zone).date())
{
    setObjectName(QStringLiteral("calendarView"));
    setAccessibleName(tr("Appointments of the day"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    reload();
}

void CalendarView::setDate(const QDate& clinicDate)
{
    if (!clinicDate.isValid() || clinicDate == m_date)
        return;
    m_date = clinicDate;
    m_selected.clear();
    reload();
}

void CalendarView::setSpan(Span span)
{
    if (span == m_span)
        return;
    m_span = span;
    reload();
}

QList<QDate> CalendarView::days() const
{
    if (m_span == Span::Day)
        return {m_date};
    QList<QDate> week;
    const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
    for (int d = 0; d < 7; ++d)
        week << monday.addDays(d);
    return week;
}

QDate CalendarView::columnDate(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].date : QDate();
}

void CalendarView::setColumns(Columns columns)
{
    if (columns == m_columnKind)
        return;
    m_columnKind = columns;
    reload();
}

QString CalendarView::columnName(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].name : QString();
}

void CalendarView::loadColumns()
{
    QList<std::pair<QString, QString>> resources; // (id, name)
    if (m_columnKind == Columns::Chairs) {
        if (auto chairs = m_services.schedule.chairs()) {
            for (const QVariantMap& c : *chairs)
                resources.append({text(c, QStringLiteral("id")), text(c, QStringLiteral("name"))});
        }
        if (resources.isEmpty())
            resources.append({QString(), tr("Chair")}); // a station without chairs has one implicit chair
    } else {
        if (auto dentists = m_services.doctors.list(m_actor)) {
            for (const QVariantMap& d : *dentists)
                resources.append({text(d, QStringLiteral("id")), text(d, QStringLiteral("name"))});
        }
        if (resources.isEmpty())
            resources.append({QString(), tr("No dentist")});
    }
    m_columns.clear();
    for (const QDate& day : days()) {
        for (const auto& [id, name] : resources)
            m_columns.append({day, id, name});
    }
}

void CalendarView::reload()
{
    m_zone = m_services.schedule.timeZone();
    loadColumns();
    m_blocks.clear();
    m_dayStart = QTime(7, 0);
    m_dayEnd = QTime(20, 0);
    AppointmentQuery query;
    const QList<QDate> shown = days();
    query.from = QDateTime(shown.first(), QTime(0, 0), m_zone).toUTC();
    query.to = QDateTime(shown.last().addDays(1), QTime(0, 0), m_zone).toUTC();
    query.includeCancelled = false;
    auto rows = m_services.appointments.list(m_actor, query);
    if (!rows)
        emit message(errorText(rows.error()), true);
    const QString columnKey =
        m_columnKind == Columns::Chairs ? QStringLiteral("chair_id") : QStringLiteral("dentist_id");
    for (const QVariantMap& row : rows ? *rows : QList<QVariantMap>()) {
        Block b;
        b.row = row;
        const QDateTime start =
            QDateTime::fromString(text(row, QStringLiteral("start_at")), Qt::ISODateWithMs)
                .toTimeZone(m_zone);
        const QDateTime end =
            QDateTime::fromString(text(row, QStringLiteral("end_at")), Qt::ISODateWithMs).toTimeZone(m_zone);
        const QDate day = std::max(start.date(), shown.first());
        b.start = start.date() < day ? QTime(0, 0) : start.time();
        b.minutes = end.date() > day ? minutesBetween(b.start, QTime(23, 59)) + 1
                                     : minutesBetween(b.start, end.time());
        b.column = -1;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (m_columns[c].date == day && (b.column < 0 || m_columns[c].id == text(row, columnKey)))
                b.column = c; // its resource's column that day (the day's first when the resource is gone)
        }
        if (b.column < 0)
            continue;
        m_dayStart = std::min(m_dayStart, QTime(b.start.hour(), 0));
        const QTime blockEnd = b.start.addSecs(b.minutes * 60);
        if (blockEnd > m_dayEnd || blockEnd < b.start)
            m_dayEnd = QTime(23, 59);
        m_blocks.append(b);
    }
    m_conflicted.clear();
    if (auto conflicts = m_services.conflicts.overlappingBookings(m_actor)) {
        for (const QVariantMap& c : *conflicts) {
            m_conflicted.insert(
                c.value(QStringLiteral("first")).toMap().value(QStringLiteral("id")).toString());
            m_conflicted.insert(
                c.value(QStringLiteral("second")).toMap().value(QStringLiteral("id")).toString());
        }
    }
    if (!block(m_selected))
        m_selected.clear();
    m_cursorColumn = std::clamp(m_cursorColumn, 0, int(m_columns.size()) - 1);
    updateGeometry();
    update();
}

QSize CalendarView::sizeHint() const
{
    const int perColumn = m_span == Span::Day ? 160 : kMinimumWeekColumnWidth + 12;
    return {kGutter + int(m_columns.size()) * perColumn,
            headerHeight() + pixelsFor(minutesBetween(m_dayStart, m_dayEnd)) + 1};
}

int CalendarView::columnWidth() const
{
    const int minimum = m_span == Span::Day ? kMinimumColumnWidth : kMinimumWeekColumnWidth;
    return std::max(minimum, (width() - kGutter) / std::max(1, int(m_columns.size())));
}

int CalendarView::columnAt(int x) const
{
    const int fromGutter = isRightToLeft() ? width() - 1 - kGutter - x : x - kGutter;
    return std::clamp(fromGutter / columnWidth(), 0, int(m_columns.size()) - 1);
}

QRect CalendarView::visual(const QRect& leftToRight) const
{
    return QStyle::visualRect(layoutDirection(), rect(), leftToRight);
}

int CalendarView::visualX(int leftToRightX) const
{
    return isRightToLeft() ? width() - 1 - leftToRightX : leftToRightX;
}

int CalendarView::headerHeight() const
{
    return kHeader + (m_span == Span::Week ? kDayHeader : 0);
}

int CalendarView::yOf(const QTime& time) const
{
    return headerHeight() + minutesBetween(m_dayStart, time) * kPixelsPerHour / 60;
}

int CalendarView::pixelsFor(int minutes)
{
    return minutes * kPixelsPerHour / 60;
}

int CalendarView::minutesFor(int pixels)
{
    return pixels * 60 / kPixelsPerHour;
}

QTime CalendarView::timeAt(int y) const
{
    const int minutes = std::max(0, minutesFor(y - headerHeight()));
    const int snapped = std::clamp(minutes / kStepMinutes * kStepMinutes, 0,
                                   minutesBetween(m_dayStart, m_dayEnd) - kStepMinutes);
    return m_dayStart.addSecs(snapped * 60);
}

QPoint CalendarView::slotPoint(int column, const QTime& clinicTime) const
{
    return visual(QRect(kGutter + column * columnWidth(), yOf(clinicTime), columnWidth(), 1)).topLeft();
}

QRect CalendarView::rectOf(const Block& b) const
{
    const QPoint topLeft = slotPoint(b.column, b.start);
    return {topLeft.x() + 2, topLeft.y(), columnWidth() - 4, std::max(8, pixelsFor(b.minutes))};
}

QRect CalendarView::blockRect(const QString& appointmentId) const
{
    const Block* b = block(appointmentId);
    return b ? rectOf(*b) : QRect();
}

QStringList CalendarView::appointmentIds() const
{
    QStringList ids;
    for (const Block& b : m_blocks)
        ids << text(b.row, QStringLiteral("id"));
    return ids;
}

const CalendarView::Block* CalendarView::block(const QString& id) const
{
    for (const Block& b : m_blocks) {
        if (!id.isEmpty() && text(b.row, QStringLiteral("id")) == id)
            return &b;
    }
    return nullptr;
}

const CalendarView::Block* CalendarView::blockAt(const QPoint& point) const
{
    for (const Block& b : m_blocks) {
        if (rectOf(b).contains(point))
            return &b;
    }
    return nullptr;
}

QDateTime CalendarView::toUtc(int column, const QTime& clinicTime) const
{
    return QDateTime(columnDate(column), clinicTime, m_zone).toUTC();
}

void CalendarView::select(const QString& id)
{
    m_selected = id;
    if (const Block* b = block(id)) {
        m_cursorColumn = b->column;
        m_cursorTime = b->start;
    }
    update();
}

void CalendarView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int columns = int(m_columns.size());
    const int bottom = yOf(m_dayEnd);

    // Hour lines and labels.
    for (QTime t(m_dayStart.hour(), 0); t < m_dayEnd && t >= m_dayStart; t = t.addSecs(3600)) {
        const int y = yOf(t);
        p.setPen(palette().mid().color());
        p.drawLine(visualX(kGutter), y, visualX(width()), y);
        p.setPen(palette().text().color());
        p.drawText(visual(QRect(0, y, kGutter - 6, 16)), Qt::AlignRight | Qt::AlignTop,
                   t.toString(QStringLiteral("HH:mm")));
        if (t.hour() == 23)
            break;
    }
    // Columns and their names; in a week, each day's name over its columns and a stronger line between days.
    const int top = m_span == Span::Week ? kDayHeader : 0;
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < columns; ++c) {
        const int x = kGutter + c * columnWidth(); // left to right; visual() and visualX() mirror it
        const bool firstOfDay = c == 0 || m_columns[c].date != m_columns[c - 1].date;
        p.setPen(firstOfDay && m_span == Span::Week ? palette().dark().color() : palette().mid().color());
        p.drawLine(visualX(x), firstOfDay ? 0 : top, visualX(x), bottom);
        p.setPen(palette().text().color());
        if (firstOfDay && m_span == Span::Week) {
            const int perDay = int(columns / days().size());
            p.setFont(bold);
            p.drawText(visual(QRect(x + 4, 0, perDay * columnWidth() - 8, kDayHeader)),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       QLocale().toString(m_columns[c].date, QStringLiteral("ddd d MMM")));
        }
        p.setFont(m_span == Span::Week ? font() : bold);
        p.drawText(visual(QRect(x + 4, top, columnWidth() - 8, kHeader)), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(m_columns[c].name, Qt::ElideRight, columnWidth() - 8));
    }
    p.setFont(font());
    // Appointments.
    for (const Block& b : m_blocks) {
        const QString id = text(b.row, QStringLiteral("id"));
        QRect r = rectOf(b);
        if (m_drag != Drag::None && m_dragMoved && id == m_dragId) {
            p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
            p.drawRect(r); // where it was
            r = m_dragRect;
        }
        p.fillRect(r, statusColour(text(b.row, QStringLiteral("status"))));
        p.setPen(QPen(id == m_selected ? palette().highlight().color() : palette().dark().color(),
                      id == m_selected ? 2 : 1));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setPen(Qt::black);
        const QString label =
            QStringLiteral("%1  %2\n%3")
                .arg(b.start.toString(QStringLiteral("HH:mm")), text(b.row, QStringLiteral("patient_name")),
                     text(b.row, QStringLiteral("reason")));
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        if (m_conflicted.contains(id)) {
            // Booked twice by stations that were apart: a red frame and a badge until staff resolve it.
            p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 3));
            p.drawRect(r.adjusted(1, 1, -2, -2));
            const QRect badge =
                QStyle::visualRect(layoutDirection(), r, QRect(r.right() - 18, r.top() + 2, 16, 16));
            p.setBrush(QColor(0xc6, 0x28, 0x28));
            p.setPen(Qt::NoPen);
            p.drawEllipse(badge);
            p.setBrush(Qt::NoBrush);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        }
    }
    // The slot cursor (keyboard) and the current time on today.
    if (hasFocus() && m_selected.isEmpty()) {
        const QPoint at = slotPoint(m_cursorColumn, m_cursorTime);
        p.setPen(QPen(palette().highlight().color(), 2, Qt::DotLine));
        p.drawRect(at.x() + 2, at.y(), columnWidth() - 4, pixelsFor(kStepMinutes));
    }
    const QDateTime now = m_services.ctx.clock.nowUtc().toTimeZone(m_zone);
    for (int c = 0; c < columns; ++c) {
        if (m_columns[c].date == now.date() && now.time() >= m_dayStart && now.time() <= m_dayEnd) {
            p.setPen(QPen(QColor(0xd0, 0x21, 0x21), 2));
            const QPoint left = slotPoint(c, now.time());
            p.drawLine(left, left + QPoint(columnWidth(), 0));
        }
    }
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    setFocus();
    m_pressPos = event->position().toPoint();
    m_dragMoved = false;
    m_drag = Drag::None;
    if (event->button() != Qt::LeftButton)
        return;
    if (const Block* b = blockAt(m_pressPos)) {
        const QRect r = rectOf(*b);
        m_dragId = text(b->row, QStringLiteral("id"));
        m_drag = m_pressPos.y() >= r.bottom() - kResizeHandle ? Drag::Resize : Drag::Move;
        m_dragOffset = m_pressPos - r.topLeft();
        m_dragRect = r;
        select(m_dragId);
    } else {
        m_selected.clear();
        m_cursorColumn = columnAt(m_pressPos.x());
        m_cursorTime = timeAt(m_pressPos.y());
        update();
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const Block* b = blockAt(pos);
        setCursor(b && pos.y() >= rectOf(*b).bottom() - kResizeHandle ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragMoved = true;
    const Block* b = block(m_dragId);
    if (!b)
        return;
    if (m_drag == Drag::Move) {
        const QPoint topLeft = slotPoint(columnAt(pos.x()), timeAt(pos.y() - m_dragOffset.y()));
        m_dragRect = QRect(topLeft.x() + 2, topLeft.y(), columnWidth() - 4, rectOf(*b).height());
    } else {
        const QRect r = rectOf(*b);
        const int bottom = std::max(r.top() + pixelsFor(kStepMinutes), yOf(timeAt(pos.y() + 4)));
        m_dragRect = QRect(r.left(), r.top(), r.width(), bottom - r.top());
    }
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const Block* b = block(m_dragId);
    if (drag != Drag::None && m_dragMoved && b) {
        const Block moved = *b; // reload() in commitChange replaces the blocks
        const int column = drag == Drag::Move ? columnAt(m_dragRect.center().x()) : moved.column;
        const QTime start = drag == Drag::Move ? timeAt(m_dragRect.top() + 1) : moved.start;
        const int minutes =
            drag == Drag::Move ? moved.minutes : std::max(kStepMinutes, minutesFor(m_dragRect.height()));
        commitChange(moved, column, start, minutes);
        return;
    }
    if (drag == Drag::None && !blockAt(event->position().toPoint()))
        requestBookingAt(columnAt(m_pressPos.x()), timeAt(m_pressPos.y()));
    update();
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Block* b = blockAt(event->position().toPoint()))
        showStatusMenu(*b, event->globalPosition().toPoint());
}

void CalendarView::contextMenuEvent(QContextMenuEvent* event)
{
    const Block* b = event->reason() == QContextMenuEvent::Mouse ? blockAt(event->pos()) : block(m_selected);
    if (!b)
        return;
    select(text(b->row, QStringLiteral("id")));
    showStatusMenu(*b, event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                   : mapToGlobal(rectOf(*b).center()));
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    const Block* selected = block(m_selected);
    const int vertical = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
    // Left and Right go to the column on that side, which is the previous one only when written left to
    // right.
    const int towardsRight = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    const int horizontal = isRightToLeft() ? -towardsRight : towardsRight;
    if (selected && (event->modifiers() & Qt::AltModifier) && (vertical || horizontal)) {
        const Block b = *selected;
        commitChange(b, std::clamp(b.column + horizontal, 0, int(m_columns.size()) - 1),
                     b.start.addSecs(vertical * kStepMinutes * 60), b.minutes);
        return;
    }
    if (selected && (event->modifiers() & Qt::ShiftModifier) && vertical) {
        const Block b = *selected;
        commitChange(b, b.column, b.start, std::max(kStepMinutes, b.minutes + vertical * kStepMinutes));
        return;
    }
    if (vertical || horizontal) {
        m_cursorColumn = std::clamp(m_cursorColumn + horizontal, 0, int(m_columns.size()) - 1);
        const QTime moved = m_cursorTime.addSecs(vertical * kStepMinutes * 60);
        if (moved >= m_dayStart && moved < m_dayEnd)
            m_cursorTime = moved;
        m_selected.clear();
        for (const Block& b : m_blocks) {
            if (b.column == m_cursorColumn && b.start <= m_cursorTime &&
                m_cursorTime < b.start.addSecs(b.minutes * 60))
                m_selected = text(b.row, QStringLiteral("id"));
        }
        update();
        return;
    }
    const bool menuKey = event->key() == Qt::Key_Menu ||
                         (event->key() == Qt::Key_F10 && (event->modifiers() & Qt::ShiftModifier));
    if (menuKey && selected) {
        const Block b = *selected;
        showStatusMenu(b, mapToGlobal(rectOf(b).center()));
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (selected) {
            const Block b = *selected;
            showStatusMenu(b, mapToGlobal(rectOf(b).center()));
        } else
            requestBookingAt(m_cursorColumn, m_cursorTime);
        return;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::requestBookingAt(int column, const QTime& time)
{
    const QString id = m_columns.value(column).id;
    emit bookingRequested(toUtc(column, time), m_columnKind == Columns::Dentists ? id : QString(),
                          m_columnKind == Columns::Chairs ? id : QString());
}

void CalendarView::commitChange(const Block& b, int column, const QTime& start, int minutes)
{
    const QString id = text(b.row, QStringLiteral("id"));
    const bool columnChanged = column != b.column;
    const QString target = columnChanged ? m_columns.value(column).id : QString();
    auto changed = m_services.appointments.reschedule(m_actor, id, toUtc(column, start), minutes,
                                                      m_columnKind == Columns::Dentists ? target : QString(),
                                                      m_columnKind == Columns::Chairs ? target : QString());
    if (!changed)
        emit message(tr("Not moved: %1").arg(errorText(changed.error())), true);
    else
        emit message(
            tr("%1 is now at %2, %3 minutes, %4.")
                .arg(text(b.row, QStringLiteral("patient_name")), start.toString(QStringLiteral("HH:mm")))
                .arg(minutes)
                .arg(m_columns.value(column).name),
            false);
    reload(); // the stored state either way: a refused move snaps back
    select(id);
}

void CalendarView::showStatusMenu(const Block& b, const QPoint& globalPos)
{
    static const std::array<StatusAction, 6> actions{{
        {AppointmentStatus::Confirmed, QT_TR_NOOP("Confirm")},
        {AppointmentStatus::Arrived, QT_TR_NOOP("Arrived")},
        {AppointmentStatus::InChair, QT_TR_NOOP("In chair")},
        {AppointmentStatus::Completed, QT_TR_NOOP("Completed")},
        {AppointmentStatus::NoShow, QT_TR_NOOP("No-show")},
        {AppointmentStatus::Cancelled, QT_TR_NOOP("Cancel appointment")},
    }};
    const QString id = text(b.row, QStringLiteral("id"));
    const auto current = parseStatus(text(b.row, QStringLiteral("status")));
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("statusMenu"));
    for (const StatusAction& a : actions) {
        QAction* action = menu.addAction(tr(a.label));
        action->setData(int(a.status));
        action->setEnabled(current && canChangeStatus(*current, a.status));
    }
    const QAction* chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    const auto status = AppointmentStatus(chosen->data().toInt());
    auto changed = m_services.appointments.setStatus(m_actor, id, status);
    if (!changed)
        emit message(errorText(changed.error()), true);
    else
        emit message(tr("%1: %2.").arg(text(b.row, QStringLiteral("patient_name")), chosen->text()), false);
    reload();
    select(id);
}

} // namespace chairside::ui
