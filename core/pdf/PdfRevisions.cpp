#include "pdf/PdfRevisions.h"

#include <podofo.h>

#include <QSet>

#include <string>

using namespace PoDoFo;

namespace {

// The object as bytes: its dictionary or value as written, and its stream's raw data.
std::string serialised(const PdfObject* object)
{
    std::string text;
    object->ToString(text);
    if (object->HasStream()) {
        char* data = nullptr;
        pdf_long length = 0;
        object->GetStream()->GetCopy(&data, &length);
        text.append("\nstream\n");
        text.append(data, size_t(length));
        podofo_free(data);
    }
    return text;
}

const PdfObject* value(const PdfObject* dictionary, const char* key)
{
    return dictionary->IsDictionary() ? dictionary->GetDictionary().GetKey(PdfName(key)) : nullptr;
}

bool hasName(const PdfObject* dictionary, const char* key, const char* name)
{
    const PdfObject* found = value(dictionary, key);
    return found != nullptr && found->IsName() && found->GetName() == PdfName(name);
}

// The dictionary keys whose values differ between the two versions (added or removed too).
QSet<QByteArray> changedKeys(const PdfObject* before, const PdfObject* after)
{
    QSet<QByteArray> changed;
    if (!before->IsDictionary() || !after->IsDictionary())
        return {QByteArrayLiteral("(not a dictionary)")};
    const TKeyMap& old = before->GetDictionary().GetKeys();
    const TKeyMap& now = after->GetDictionary().GetKeys();
    for (const auto& [name, object] : now) {
        const auto previous = old.find(name);
        std::string a;
        std::string b;
        object->ToString(b);
        if (previous != old.end())
            previous->second->ToString(a);
        if (previous == old.end() || a != b)
            changed.insert(QByteArray::fromStdString(name.GetName()));
    }
    for (const auto& [name, object] : old) {
        if (now.find(name) == now.end())
            changed.insert(QByteArray::fromStdString(name.GetName()));
    }
    return changed;
}

bool onlyThese(const QSet<QByteArray>& changed, std::initializer_list<const char*> allowed)
{
    for (const QByteArray& key : changed) {
        if (std::none_of(allowed.begin(), allowed.end(), [&key](const char* name) { return key == name; }))
            return false;
    }
    return true;
}

// The references of an array, direct or behind one reference.
QList<PdfReference> references(const PdfObject* array, const PdfVecObjects& objects)
{
    if (array != nullptr && array->IsReference())
        array = objects.GetObject(array->GetReference());
    QList<PdfReference> found;
    if (array == nullptr || !array->IsArray())
        return found;
    for (const PdfObject& element : array->GetArray()) {
        if (element.IsReference())
            found << element.GetReference();
    }
    return found;
}

bool isSignatureWidget(const PdfObject* object, const PdfVecObjects& objects)
{
    if (object == nullptr)
        return false;
    if (hasName(object, "FT", "Sig"))
        return true;
    const PdfObject* parent = value(object, "Parent");
    return parent != nullptr && parent->IsReference() &&
           hasName(objects.GetObject(parent->GetReference()), "FT", "Sig");
}

// A list (of fields, of a page's annotations) that only grew, by signature widgets.
bool grewBySignaturesOnly(const QList<PdfReference>& before, const QList<PdfReference>& after,
                          const PdfVecObjects& objects)
{
    for (const PdfReference& kept : before) {
        if (!after.contains(kept))
            return false;
    }
    for (const PdfReference& added : after) {
        if (!before.contains(added) && !isSignatureWidget(objects.GetObject(added), objects))
            return false;
    }
    return true;
}

QString kindOf(const PdfObject* object)
{
    if (const PdfObject* type = value(object, "Type"); type != nullptr && type->IsName())
        return QString::fromStdString(type->GetName().GetName());
    if (value(object, "FT") != nullptr)
        return QStringLiteral("field");
    if (object->IsArray())
        return QStringLiteral("list");
    return object->HasStream() ? QStringLiteral("stream") : QStringLiteral("object");
}

class Comparison
{
public:
    Comparison(PdfMemDocument& signedRevision, PdfMemDocument& latest)
        : m_before(signedRevision.GetObjects())
        , m_after(latest.GetObjects())
    {
        if (const PdfObject* catalog = latest.GetCatalog())
            m_catalog = catalog->Reference();
        if (const PdfObject* form = m_catalog.IsIndirect() ? value(latest.GetCatalog(), "AcroForm") : nullptr;
            form != nullptr && form->IsReference())
            m_acroForm = form->GetReference();
        if (const PdfObject* info = latest.GetTrailer() ? value(latest.GetTrailer(), "Info") : nullptr;
            info != nullptr && info->IsReference())
            m_info = info->GetReference();
        // Lists kept as objects of their own: a page's annotations, the form's fields.
        for (int index = 0; index < latest.GetPageCount(); ++index) {
            if (const PdfObject* annots = value(latest.GetPage(index)->GetObject(), "Annots");
                annots != nullptr && annots->IsReference())
                m_lists.insert(annots->GetReference().ObjectNumber());
        }
        if (const PdfObject* form = m_after.GetObject(m_acroForm)) {
            if (const PdfObject* fields = value(form, "Fields"); fields != nullptr && fields->IsReference())
                m_lists.insert(fields->GetReference().ObjectNumber());
        }
    }

    // Empty, or the first object changed beyond what a later signer may.
    QString firstForbiddenChange() const
    {
        for (const PdfObject* before : m_before) {
            const PdfObject* after = m_after.GetObject(before->Reference());
            if (after == nullptr)
                return PdfRevisions::tr("object %1 (%2) was removed after signing")
                    .arg(before->Reference().ObjectNumber())
                    .arg(kindOf(before));
            if (serialised(before) != serialised(after) && !allowed(before, after))
                return PdfRevisions::tr("object %1 (%2) was changed after signing")
                    .arg(after->Reference().ObjectNumber())
                    .arg(kindOf(after));
        }
        return {}; // new objects only matter through a changed one, checked above
    }

private:
    bool allowed(const PdfObject* before, const PdfObject* after) const
    {
        const PdfReference& reference = after->Reference();
        if (reference == m_info || hasName(after, "Type", "Metadata") || hasName(after, "Type", "XRef"))
            return true; // producer, dates, XMP: no content
        const QSet<QByteArray> changed = changedKeys(before, after);
        if (reference == m_catalog)
            return onlyThese(changed, {"AcroForm", "Perms", "DSS", "Metadata"});
        if (reference == m_acroForm) {
            return onlyThese(changed, {"Fields", "SigFlags", "NeedAppearances", "DR", "DA"}) &&
                   grewBySignaturesOnly(references(value(before, "Fields"), m_before),
                                        references(value(after, "Fields"), m_after), m_after);
        }
        if (hasName(after, "Type", "Page")) {
            return onlyThese(changed, {"Annots"}) &&
                   grewBySignaturesOnly(references(value(before, "Annots"), m_before),
                                        references(value(after, "Annots"), m_after), m_after);
        }
        if (before->IsArray() && after->IsArray() && m_lists.contains(reference.ObjectNumber()))
            return grewBySignaturesOnly(references(before, m_before), references(after, m_after), m_after);
        // A signature field left empty, now signed: its value, appearance and display flags.
        if (hasName(before, "FT", "Sig") && value(before, "V") == nullptr)
            return onlyThese(changed, {"V", "AP", "F", "MK", "DA", "T", "FT", "P"});
        return false;
    }

    const PdfVecObjects& m_before;
    const PdfVecObjects& m_after;
    PdfReference m_catalog;
    PdfReference m_acroForm;
    PdfReference m_info;
    QSet<quint32> m_lists; // object numbers of annotation and field lists
};

} // namespace

QString PdfRevisions::changesAfter(const QByteArray& pdf, qint64 signedLength, PdfMemDocument& latest)
{
    if (signedLength <= 0 || signedLength >= pdf.size())
        return {};
    try {
        PdfMemDocument signedRevision;
        signedRevision.LoadFromBuffer(pdf.constData(), long(signedLength));
        return Comparison(signedRevision, latest).firstForbiddenChange();
    } catch (const PdfError& error) {
        return tr("the revisions after the signature cannot be read (%1)")
            .arg(QString::fromLatin1(PdfError::ErrorName(error.GetError())));
    }
}
