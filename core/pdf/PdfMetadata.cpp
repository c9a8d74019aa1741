#include "pdf/PdfMetadata.h"

QByteArray PdfMetadata::xmp(const QString& title, const QString& auditHead)
{
    QString packet = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:thuis=\"urn:thuisindewijk:audit:1\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<xmp:CreatorTool>Thuis in de Wijk</xmp:CreatorTool>\n");
    packet = packet.arg(title.toHtmlEscaped());
    if (!auditHead.isEmpty())
        packet += QStringLiteral("<thuis:auditketen>%1</thuis:auditketen>\n").arg(auditHead.toHtmlEscaped());
    packet += QStringLiteral("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return packet.toUtf8();
}
