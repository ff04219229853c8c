#include <QTest>
class TstDicomImport : public QObject { Q_OBJECT };
QTEST_MAIN(TstDicomImport)
#include "tst_dicom_import.moc"
