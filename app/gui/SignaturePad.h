#pragma once

#include "pdf/FormPdf.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Where one party signs on screen (issue 7): with mouse, pen or finger. The strokes are kept as
// vectors in a 1 x 1 box, so the PDF draws them sharp at any size.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget* parent = nullptr);

    QList<QPolygonF> strokes() const { return m_strokes; }
    void setStrokes(const QList<QPolygonF>& strokes);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_strokes.isEmpty(); }
    QSize sizeHint() const override { return {360, 120}; }

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    [[nodiscard]] bool event(QEvent* event) override; // touch

private:
    void begin(const QPointF& at);
    void extend(const QPointF& at);
    QPointF normalised(const QPointF& at) const;

    QList<QPolygonF> m_strokes;
    bool m_readOnly = false;
};

// A party's signature block on the wizard's last page: the form's caption, the pad, name,
// function (where the form asks for it) and date, and "Ondertekenen". Shows who signed when.
class SignatureSlot : public QWidget
{
    Q_OBJECT

public:
    SignatureSlot(const QString& party, const QString& caption, const QDate& today,
                  QWidget* parent = nullptr);

    [[nodiscard]] QString party() const { return m_party; }
    void setToday(const QDate& today);
    void show(const std::optional<DrawnSignature>& signature);
    // The signature no longer counts (an answer changed): cleared, and says why.
    void lapse();
    SignaturePad* pad() const { return m_pad; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* functionField() const { return m_function; }
    QPushButton* signButton() const { return m_sign; }
    [[nodiscard]] QString state() const;

signals:
    void signRequested(const DrawnSignature& signature);

private:
    void requestSignature();

    QString m_party;
    QDate m_today;
    SignaturePad* m_pad = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_function = nullptr;
    QLineEdit* m_date = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_state = nullptr;
};
