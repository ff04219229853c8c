<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>XrayImage</name>
    <message>
        <source>Could not open the image %1: %2</source>
        <translation>تعذّر فتح الصورة %1: %2</translation>
    </message>
    <message>
        <source>Could not read the image: %1</source>
        <translation>تعذّرت قراءة الصورة: %1</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>الصورة فارغة.</translation>
    </message>
    <message>
        <source>The image could not be converted to grayscale.</source>
        <translation>تعذّر تحويل الصورة إلى تدرّج رمادي.</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>النطاق الكامل</translation>
    </message>
    <message>
        <source>Enamel</source>
        <translation>المينا</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>العظم</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>الأنسجة الرخوة</translation>
    </message>
</context>
<context>
    <name>chairside::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>المستخدمون (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>العيادة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;AI and mail</source>
        <translation>الذكاء الاصطناعي والبريد (&amp;A)</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>سجل التدقيق (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Stations</source>
        <translation>المحطات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Demo data</source>
        <translation>بيانات تجريبية (&amp;D)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>إضافة حساب (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected account</source>
        <translation>حذف الحساب المحدد (&amp;R)</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>New role of the selected account</source>
        <translation>الدور الجديد للحساب المحدد</translation>
    </message>
    <message>
        <source>Change r&amp;ole of selected</source>
        <translation>تغيير دور الحساب المحدد (&amp;O)</translation>
    </message>
    <message>
        <source>%1 can sign in now as %2.</source>
        <translation>يمكن لـ %1 تسجيل الدخول الآن بصفة %2.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>اختر حسابًا أولًا.</translation>
    </message>
    <message>
        <source>%1 is now %2; its sessions are ended, so it signs in again with the new role.</source>
        <translation>أصبح %1 الآن %2؛ أُنهيت جلساته، فيسجّل الدخول من جديد بالدور الجديد.</translation>
    </message>
    <message>
        <source>%1 was removed; its sessions are ended.</source>
        <translation>حُذف %1؛ وأُنهيت جلساته.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>اسم العيادة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة الزمنية (&amp;T):</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM, or empty when closed</source>
        <translation>HH:MM-HH:MM، أو فارغ عند الإغلاق</translation>
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation>ساعات العمل يوم %1</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>حفظ الإعدادات (&amp;S)</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>الكراسي</translation>
    </message>
    <message>
        <source>New chair&apos;s name</source>
        <translation>اسم الكرسي الجديد</translation>
    </message>
    <message>
        <source>Add c&amp;hair</source>
        <translation>إضافة كرسي (&amp;H)</translation>
    </message>
    <message>
        <source>Remove chair</source>
        <translation>إزالة الكرسي</translation>
    </message>
    <message>
        <source>Chairs:</source>
        <translation>الكراسي:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>Select a chair first.</source>
        <translation>اختر كرسيًا أولًا.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>أُزيل %1.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>مفتاح واجهة Gemini البرمجية</translation>
    </message>
    <message>
        <source>Sa&amp;ve key</source>
        <translation>حفظ المفتاح (&amp;V)</translation>
    </message>
    <message>
        <source>X-rays of new records are sent to Google&apos;s Gemini for a draft reading when a key is set. The key is kept in %1, never in the database or a settings file. %2</source>
        <translation>عند تعيين مفتاح، تُرسَل الصور الشعاعية للسجلات الجديدة إلى Gemini من Google للحصول على قراءة أولية. يُحفَظ المفتاح في %1، ولا يُحفَظ أبدًا في قاعدة البيانات أو في ملف إعدادات. %2</translation>
    </message>
    <message>
        <source>A key is stored.</source>
        <translation>يوجد مفتاح محفوظ.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>لم يُحفَظ أي مفتاح بعد.</translation>
    </message>
    <message>
        <source>This station has no secret store, so no key can be kept here.</source>
        <translation>لا تحتوي هذه المحطة على مخزن للأسرار، لذا لا يمكن حفظ مفتاح هنا.</translation>
    </message>
    <message>
        <source>AI readings (Gemini)</source>
        <translation>قراءات الذكاء الاصطناعي (Gemini)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>مفتاح الواجهة البرمجية (&amp;K):</translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation>الصق المفتاح أولًا.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>لم يُحفَظ المفتاح: %1</translation>
    </message>
    <message>
        <source>Key stored in %1. Readings use it from the next start of the station.</source>
        <translation>حُفظ المفتاح في %1. ستستخدمه القراءات بدءًا من التشغيل التالي للمحطة.</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>كلمة مرور SMTP</translation>
    </message>
    <message>
        <source>Save pass&amp;word</source>
        <translation>حفظ كلمة المرور (&amp;W)</translation>
    </message>
    <message>
        <source>This station has no secret store, so no password can be kept here.</source>
        <translation>لا تحتوي هذه المحطة على مخزن للأسرار، لذا لا يمكن حفظ كلمة مرور هنا.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>البريد الصادر (SMTP)</translation>
    </message>
    <message>
        <source>SMTP &amp;password:</source>
        <translation>كلمة مرور SMTP (&amp;P):</translation>
    </message>
    <message>
        <source>Mail goes out through the server named in CHAIRSIDE_MAIL_URL, which also names the user. Its password is kept in %1, never in the database or a settings file. %2</source>
        <translation>يُرسَل البريد عبر الخادم المحدد في CHAIRSIDE_MAIL_URL، الذي يحدد المستخدم أيضًا. تُحفَظ كلمة مروره في %1، ولا تُحفَظ أبدًا في قاعدة البيانات أو في ملف إعدادات. %2</translation>
    </message>
    <message>
        <source>A password is stored.</source>
        <translation>توجد كلمة مرور محفوظة.</translation>
    </message>
    <message>
        <source>No password is stored; only a server that asks for none can be used.</source>
        <translation>لا توجد كلمة مرور محفوظة؛ لا يمكن استخدام إلا خادم لا يطلب كلمة مرور.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>اكتب كلمة المرور أولًا.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>لم تُحفَظ كلمة المرور: %1</translation>
    </message>
    <message>
        <source>Password stored in %1. Mail uses it from the next start of the station.</source>
        <translation>حُفظت كلمة المرور في %1. سيستخدمها البريد بدءًا من التشغيل التالي للمحطة.</translation>
    </message>
    <message>
        <source>Action starts with, e.g. appointments.</source>
        <translation>الإجراء يبدأ بـ، مثلًا appointments.</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>معرّف الصف</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>تصفية (&amp;F)</translation>
    </message>
    <message>
        <source>Entries to show</source>
        <translation>الإدخالات المعروضة</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>كل الإدخالات</translation>
    </message>
    <message>
        <source>Reads of patient data</source>
        <translation>الاطلاع على بيانات المرضى</translation>
    </message>
    <message>
        <source>Changes and sign-ins</source>
        <translation>التعديلات وعمليات تسجيل الدخول</translation>
    </message>
    <message>
        <source>Older &amp;entries</source>
        <translation>إدخالات أقدم (&amp;E)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>No more entries.</source>
        <translation>لا توجد إدخالات أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>لا توجد إدخالات معروضة.</numerusform>
            <numerusform>إدخال واحد معروض.</numerusform>
            <numerusform>إدخالان معروضان.</numerusform>
            <numerusform>%n إدخالات معروضة.</numerusform>
            <numerusform>%n إدخالًا معروضًا.</numerusform>
            <numerusform>%n إدخال معروض.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a demo store. More demo patients, each with visits in the month around today, can be added while you keep working.</source>
        <translation>هذه قاعدة بيانات تجريبية. يمكن إضافة مزيد من المرضى التجريبيين، لكل منهم زيارات في الشهر المحيط باليوم، بينما تواصل العمل.</translation>
    </message>
    <message>
        <source>Demo patients to add</source>
        <translation>عدد المرضى التجريبيين المراد إضافتهم</translation>
    </message>
    <message>
        <source>Add demo &amp;patients</source>
        <translation>إضافة مرضى تجريبيين (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>المرضى (&amp;P):</translation>
    </message>
    <message>
        <source>Adding demo patients: %1…</source>
        <translation>جارٍ إضافة مرضى تجريبيين: %1…</translation>
    </message>
    <message>
        <source>Adding demo patients</source>
        <translation>جارٍ إضافة مرضى تجريبيين</translation>
    </message>
    <message>
        <source>Patients with their visits</source>
        <translation>المرضى وزياراتهم</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>الزيارات السابقة</translation>
    </message>
    <message>
        <source>Stopped; the patients added so far are kept.</source>
        <translation>توقّف؛ يُحتفَظ بالمرضى الذين أُضيفوا حتى الآن.</translation>
    </message>
    <message>
        <source>Demo patients added: %1.</source>
        <translation>المرضى التجريبيون المضافون: %1.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::AppointmentDayModel</name>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>على الكرسي</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الكرسي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BackgroundTask</name>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقاف (&amp;S)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BillingSection</name>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Selected invoice</source>
        <translation>الفاتورة المحددة</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>e.g. 80.00</source>
        <translation>مثلًا 80.00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>تسجيل الدفعة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>طريقة الدفع (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>الحالة (&amp;S):</translation>
    </message>
    <message>
        <source>Generate an invoice</source>
        <translation>إصدار فاتورة</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>مثلًا 150.00</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>تستحق في (&amp;U)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Generate invoice</source>
        <translation>إصدار الفاتورة (&amp;G)</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>الإجمالي (&amp;O):</translation>
    </message>
    <message>
        <source>The payments and invoices cannot be read: %1</source>
        <translation>تعذّرت قراءة المدفوعات والفواتير: %1</translation>
    </message>
    <message>
        <source>Nothing invoiced or paid yet.</source>
        <translation>لم تصدر فواتير ولم تُسدَّد مدفوعات بعد.</translation>
    </message>
    <message>
        <source>Balance %1 %2 (invoiced %3, paid %4)</source>
        <translation>الرصيد %1 %2 (المفوتر %3، المدفوع %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>لا توجد فواتير بعد.</translation>
    </message>
    <message>
        <source>Select an invoice.</source>
        <translation>اختر فاتورة.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>الفاتورة %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>صدرت في %1</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>الإجمالي %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>تستحق في %1</translation>
    </message>
    <message>
        <source>Paid towards it %1, still owed %2</source>
        <translation>المدفوع منها %1، والمتبقي %2</translation>
    </message>
    <message>
        <source>The payment was not recorded: %1</source>
        <translation>لم تُسجَّل الدفعة: %1</translation>
    </message>
    <message>
        <source>Payment of %1 %2 recorded.</source>
        <translation>سُجّلت دفعة بمبلغ %1 %2.</translation>
    </message>
    <message>
        <source>The invoice was not generated: %1</source>
        <translation>لم تصدر الفاتورة: %1</translation>
    </message>
    <message>
        <source>Invoice %1 generated.</source>
        <translation>صدرت الفاتورة %1.</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>بطاقة ائتمان</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>بطاقة خصم</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مستردّة</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>غير مدفوعة</translation>
    </message>
</context>
<context>
    <name>chairside::ui::BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>Search patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Name, phone, email or date of birth</source>
        <translation>الاسم أو الهاتف أو البريد الإلكتروني أو تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Any free dentist</source>
        <translation>أي طبيب أسنان متاح</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الكرسي</translation>
    </message>
    <message>
        <source>Any free chair</source>
        <translation>أي كرسي متاح</translation>
    </message>
    <message>
        <source>Start (clinic time)</source>
        <translation>البداية (بتوقيت العيادة)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>المدة بالدقائق</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>المريض (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Dentist:</source>
        <translation>طبيب الأسنان (&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>الكرسي (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>البداية (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>المدة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>حجز (&amp;B)</translation>
    </message>
    <message>
        <source>Choose the patient first: search, then pick one from the list.</source>
        <translation>اختر المريض أولًا: ابحث عنه ثم حدده من القائمة.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarFeedsDialog</name>
    <message>
        <source>Chair</source>
        <translation>الكرسي</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>&amp;Make an address</source>
        <translation>إنشاء عنوان (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>إلغاء… (&amp;R)</translation>
    </message>
    <message>
        <source>Calendar subscriptions</source>
        <translation>اشتراكات التقويم</translation>
    </message>
    <message>
        <source>A calendar program (Thunderbird, Outlook, a phone) subscribes to an address and shows the appointments of the last 30 days and the next 180, with the patient&apos;s initials only. Anyone holding the address sees them: revoke an address that is no longer needed.</source>
        <translation>يشترك برنامج تقويم (Thunderbird أو Outlook أو هاتف) في عنوان ويعرض مواعيد آخر 30 يومًا والـ 180 يومًا القادمة، بالأحرف الأولى من اسم المريض فقط. كل من يملك العنوان يراها: ألغِ العنوان الذي لم تعد بحاجة إليه.</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>التقويم: (&amp;L)</translation>
    </message>
    <message>
        <source>A new address shows here, once</source>
        <translation>يظهر العنوان الجديد هنا مرة واحدة</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان: (&amp;A)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Copied. Paste it where the calendar program asks for a calendar on the network.</source>
        <translation>تم النسخ. الصقه حيث يطلب برنامج التقويم تقويمًا على الشبكة.</translation>
    </message>
    <message>
        <source>The API is not running, so calendar programs cannot reach this station.</source>
        <translation>واجهة API لا تعمل، لذا لا تستطيع برامج التقويم الوصول إلى هذه المحطة.</translation>
    </message>
    <message>
        <source>Your account has no dentist profile, so it has no calendar to publish.</source>
        <translation>لا يملك حسابك ملف طبيب أسنان، لذا لا يوجد تقويم لنشره.</translation>
    </message>
    <message>
        <source>Copy the address now: it is shown only this once.</source>
        <translation>انسخ العنوان الآن: لن يظهر إلا هذه المرة.</translation>
    </message>
    <message>
        <source>Revoked: calendar programs using that address get nothing from now on.</source>
        <translation>تم الإلغاء: لن تتلقى برامج التقويم التي تستخدم هذا العنوان شيئًا من الآن.</translation>
    </message>
    <message>
        <source>Revoke the address</source>
        <translation>إلغاء العنوان</translation>
    </message>
    <message>
        <source>Calendar programs subscribed to this address of %1 will stop showing its appointments. Revoke it?</source>
        <translation>ستتوقف برامج التقويم المشتركة في هذا العنوان لـ %1 عن عرض مواعيده. هل تريد إلغاءه؟</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>أُلغي %1</translation>
    </message>
    <message>
        <source>The API listens on this computer only (%1), so only calendar programs on this computer can use these addresses. To reach phones and other computers, start the station with --listen 0.0.0.0:8000.</source>
        <translation>تستمع واجهة API على هذا الحاسوب فقط (%1)، لذا لا تستطيع استخدام هذه العناوين إلا برامج التقويم على هذا الحاسوب. للوصول من الهواتف والحواسيب الأخرى، شغّل المحطة مع ‎--listen 0.0.0.0:8000.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarPage</name>
    <message>
        <source>Book &amp;it</source>
        <translation>احجزه (&amp;I)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>The day (or week) before (Ctrl+Page Up)</source>
        <translation>اليوم (أو الأسبوع) السابق (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>اليوم (&amp;T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>The day (or week) after (Ctrl+Page Down)</source>
        <translation>اليوم (أو الأسبوع) التالي (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>يوم أو أسبوع</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>الكراسي</translation>
    </message>
    <message>
        <source>Dentists</source>
        <translation>أطباء الأسنان</translation>
    </message>
    <message>
        <source>Dentist for the next free slot</source>
        <translation>طبيب الأسنان للموعد المتاح التالي</translation>
    </message>
    <message>
        <source>Any dentist</source>
        <translation>أي طبيب أسنان</translation>
    </message>
    <message>
        <source>Length of the free slot</source>
        <translation>مدة الموعد المتاح</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Next &amp;free slot</source>
        <translation>الموعد المتاح التالي (&amp;F)</translation>
    </message>
    <message>
        <source>Booked %1 at %2.</source>
        <translation>حُجز موعد %1 في %2.</translation>
    </message>
    <message>
        <source>No free slot in the next 30 days.</source>
        <translation>لا يوجد موعد متاح خلال الثلاثين يومًا القادمة.</translation>
    </message>
    <message>
        <source>Next free: %1 %2 %3</source>
        <translation>المتاح التالي: %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>chairside::ui::CalendarView</name>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الكرسي</translation>
    </message>
    <message>
        <source>No dentist</source>
        <translation>بلا طبيب أسنان</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>لم يُنقَل: %1</translation>
    </message>
    <message>
        <source>%1 is now at %2, %3 minutes, %4.</source>
        <translation>موعد %1 الآن في %2، لمدة %3 دقيقة، %4.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>على الكرسي</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::ChartView</name>
    <message>
        <source>Add note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>الملف الطبي للمريض</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Date of birth and phone</source>
        <translation>تاريخ الميلاد والهاتف</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>التاريخ المرضي</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <source>The patient&apos;s appointments, newest first, each with its notes and images. Enter opens an image.</source>
        <translation>مواعيد المريض، الأحدث أولًا، مع ملاحظات كل موعد وصوره. يفتح مفتاح Enter الصورة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الكرسي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Appointment record</source>
        <translation>سجل الموعد</translation>
    </message>
    <message>
        <source>Note for today&apos;s appointment</source>
        <translation>ملاحظة لموعد اليوم</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Return adds it)</source>
        <translation>اكتب ملاحظة… (Ctrl+Return لإضافتها)</translation>
    </message>
    <message>
        <source>Add the note to today&apos;s appointment (Ctrl+Return)</source>
        <translation>إضافة الملاحظة إلى موعد اليوم (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Reload chart</source>
        <translation>إعادة تحميل الملف</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>أقسام الملف</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>الزيارات (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation>الوصفات الطبية (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>الاستشارات (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>المستندات (&amp;D)</translation>
    </message>
    <message>
        <source>Pa&amp;yments and invoices</source>
        <translation>المدفوعات والفواتير (&amp;Y)</translation>
    </message>
    <message>
        <source>This patient does not exist or is not one you may see.</source>
        <translation>هذا المريض غير موجود أو لا يحق لك الاطلاع على ملفه.</translation>
    </message>
    <message>
        <source>The patient cannot be read: %1</source>
        <translation>تعذّرت قراءة بيانات المريض: %1</translation>
    </message>
    <message>
        <source>The appointments cannot be read: %1</source>
        <translation>تعذّرت قراءة المواعيد: %1</translation>
    </message>
    <message>
        <source>The record of %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة سجل موعد %1: %2</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>مريض بلا اسم</translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %n year(s) old</source>
        <translation>
            <numerusform>تاريخ الميلاد %1، أقل من سنة</numerusform>
            <numerusform>تاريخ الميلاد %1، سنة واحدة</numerusform>
            <numerusform>تاريخ الميلاد %1، سنتان</numerusform>
            <numerusform>تاريخ الميلاد %1، %n سنوات</numerusform>
            <numerusform>تاريخ الميلاد %1، %n سنة</numerusform>
            <numerusform>تاريخ الميلاد %1، %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>تاريخ الميلاد %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>أقل من سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>الهاتف %1</translation>
    </message>
    <message>
        <source>No date of birth or phone recorded.</source>
        <translation>لم يُسجَّل تاريخ ميلاد ولا هاتف.</translation>
    </message>
    <message>
        <source>No allergies recorded.</source>
        <translation>لم تُسجَّل أي حساسية.</translation>
    </message>
    <message>
        <source>⚠ Allergies: %1</source>
        <translation>⚠ الحساسية: %1</translation>
    </message>
    <message>
        <source>No medical history recorded.</source>
        <translation>لم يُسجَّل تاريخ مرضي.</translation>
    </message>
    <message>
        <source>Medical history: %1</source>
        <translation>التاريخ المرضي: %1</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>لم يُحدَّد مريض</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (اليوم)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>الملاحظات: %1</translation>
    </message>
    <message>
        <source>Image %1, %2 — AI reading %3</source>
        <translation>الصورة %1، %2 — قراءة الذكاء الاصطناعي %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>لا توجد مواعيد بعد.</translation>
    </message>
    <message>
        <source>Select an appointment in the timeline.</source>
        <translation>اختر موعدًا من السجل الزمني.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Booking note: %1</source>
        <translation>ملاحظة الحجز: %1</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>الملاحظات السريرية</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>لا توجد ملاحظات بعد.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Image %1, %2</source>
        <translation>الصورة %1، %2</translation>
    </message>
    <message>
        <source>AI reading: %1</source>
        <translation>قراءة الذكاء الاصطناعي: %1</translation>
    </message>
    <message>
        <source>AI reading of image %1 in progress</source>
        <translation>قراءة الذكاء الاصطناعي للصورة %1 جارية</translation>
    </message>
    <message>
        <source>No reading text.</source>
        <translation>لا يوجد نص للقراءة.</translation>
    </message>
    <message>
        <source>AI reading of image %1</source>
        <translation>قراءة الذكاء الاصطناعي للصورة %1</translation>
    </message>
    <message>
        <source>Model %1, analysed %2</source>
        <translation>النموذج %1، حُلّلت في %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>النموذج %1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>أكّدها %1 في %2</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2</source>
        <translation>رفضها %1 في %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>راجعها %1 في %2</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>فتح في العارض</translation>
    </message>
    <message>
        <source>Open image %1 in the X-ray viewer</source>
        <translation>فتح الصورة %1 في عارض الأشعة</translation>
    </message>
    <message>
        <source>Confirm reading</source>
        <translation>تأكيد القراءة</translation>
    </message>
    <message>
        <source>Confirm the AI reading of image %1</source>
        <translation>تأكيد قراءة الذكاء الاصطناعي للصورة %1</translation>
    </message>
    <message>
        <source>Reject reading</source>
        <translation>رفض القراءة</translation>
    </message>
    <message>
        <source>Reject the AI reading of image %1</source>
        <translation>رفض قراءة الذكاء الاصطناعي للصورة %1</translation>
    </message>
    <message>
        <source>&amp;Note: no patient selected.</source>
        <translation>ملاحظة (&amp;N): لم يُحدَّد مريض.</translation>
    </message>
    <message>
        <source>&amp;Note: this patient has no appointment today.</source>
        <translation>ملاحظة (&amp;N): ليس لهذا المريض موعد اليوم.</translation>
    </message>
    <message>
        <source>&amp;Note for today&apos;s appointment at %1:</source>
        <translation>ملاحظة لموعد اليوم الساعة %1 (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Note for today&apos;s appointment at %1 with %2:</source>
        <translation>ملاحظة لموعد اليوم الساعة %1 مع %2 (&amp;N):</translation>
    </message>
    <message>
        <source>This patient has no appointment today to add a note to.</source>
        <translation>ليس لهذا المريض موعد اليوم لإضافة ملاحظة إليه.</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>لم تُضَف الملاحظة: %1</translation>
    </message>
    <message>
        <source>Note added to today&apos;s appointment.</source>
        <translation>أُضيفت الملاحظة إلى موعد اليوم.</translation>
    </message>
    <message>
        <source>The reading was not changed: %1</source>
        <translation>لم تتغير القراءة: %1</translation>
    </message>
    <message>
        <source>AI reading confirmed.</source>
        <translation>أُكّدت قراءة الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>AI reading rejected.</source>
        <translation>رُفضت قراءة الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>%1, %2, image %3, %4</source>
        <translation>%1، %2، الصورة %3، %4</translation>
    </message>
    <message>
        <source>Image %1 cannot be shown: %2</source>
        <translation>تعذّر عرض الصورة %1: %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>In chair</source>
        <translation>على الكرسي</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>pending analysis</source>
        <translation>بانتظار التحليل</translation>
    </message>
    <message>
        <source>draft, awaiting review</source>
        <translation>مسودة بانتظار المراجعة</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>no teeth tagged</source>
        <translation>لم تُحدَّد أسنان</translation>
    </message>
    <message>
        <source>teeth %1</source>
        <translation>الأسنان %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>لا يمكن عرض الصورة: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ui::ConsultationsSection</name>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>الشكوى الرئيسية</translation>
    </message>
    <message>
        <source>Findings of the selected consultation</source>
        <translation>نتائج الاستشارة المحددة</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>العلامات الحيوية</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ضغط الدم</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>معدل ضربات القلب</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>معدل التنفس</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>مؤشر كتلة الجسم</translation>
    </message>
    <message>
        <source>Notes of the selected consultation</source>
        <translation>ملاحظات الاستشارة المحددة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>The consultations cannot be read: %1</source>
        <translation>تعذّرت قراءة الاستشارات: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>لا توجد استشارات بعد.</translation>
    </message>
    <message>
        <source>Select a consultation.</source>
        <translation>اختر استشارة.</translation>
    </message>
    <message>
        <source>The consultation cannot be read: %1</source>
        <translation>تعذّرت قراءة الاستشارة: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>History of present illness</source>
        <translation>تاريخ المرض الحالي</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>الفحص السريري</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>خطة العلاج</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>الوصفات الطبية</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Dentist&apos;s notes</source>
        <translation>ملاحظات طبيب الأسنان</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/%2 mmHg</source>
        <translation>%1/%2 ملم زئبق</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /دقيقة</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °م</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> كغ</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> سم</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>chairside::ui::DicomImportDialog</name>
    <message>
        <source>This &amp;X-ray shows the patient chosen above</source>
        <translation>صورة الأشعة هذه للمريض المختار أعلاه (&amp;X)</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray</source>
        <translation>استيراد صورة أشعة DICOM</translation>
    </message>
    <message>
        <source>A DICOM file (.dcm); Enter reads it</source>
        <translation>ملف DICOM ‏(.dcm)؛ يقرؤه مفتاح الإدخال</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض… (&amp;B)</translation>
    </message>
    <message>
        <source>Patients the file may name, best match first</source>
        <translation>المرضى الذين قد يعنيهم الملف، الأفضل تطابقًا أولًا</translation>
    </message>
    <message>
        <source>Visit to put the X-ray in</source>
        <translation>الزيارة التي توضع فيها صورة الأشعة</translation>
    </message>
    <message>
        <source>FDI numbers, e.g. 36, 37 (optional)</source>
        <translation>أرقام FDI، مثل 36، 37 (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>The file says:</source>
        <translation>يقول الملف:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>المريض (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>الزيارة (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Teeth:</source>
        <translation>الأسنان (&amp;T):</translation>
    </message>
    <message>
        <source>DICOM X-ray</source>
        <translation>صورة أشعة DICOM</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.dicom);;All files (*)</source>
        <translation>ملفات DICOM (*.dcm *.dicom);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>لا يمكن استيراد الملف: %1</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>بلا تاريخ ميلاد</translation>
    </message>
    <message>
        <source>Patient %1, %2, ID %3</source>
        <translation>المريض %1، %2، المعرّف %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>Study %1, %2, %3 × %4 pixels, %5 bits</source>
        <translation>الفحص %1، %2، %3 × %4 بكسل، %5 بت</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(بلا تاريخ)</translation>
    </message>
    <message>
        <source>Calibrated: %1 mm per pixel (%2)</source>
        <translation>معايَرة: %1 مم لكل بكسل (%2)</translation>
    </message>
    <message>
        <source>Not calibrated: the file gives no pixel spacing.</source>
        <translation>غير معايَرة: لا يذكر الملف المسافة بين البكسلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n window preset(s)</source>
        <translation>
            <numerusform>لا توجد إعدادات نافذة مسبقة</numerusform>
            <numerusform>إعداد نافذة مسبق واحد</numerusform>
            <numerusform>إعدادا نافذة مسبقان</numerusform>
            <numerusform>%n إعدادات نافذة مسبقة</numerusform>
            <numerusform>%n إعدادًا مسبقًا للنافذة</numerusform>
            <numerusform>%n إعداد نافذة مسبق</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, born %2: %3% (%4)</source>
        <translation>%1، تاريخ الميلاد %2: %3% (%4)</translation>
    </message>
    <message>
        <source>; differs: %1</source>
        <translation>؛ يختلف: %1</translation>
    </message>
    <message>
        <source>No patient here matches the file&apos;s patient ID, birth date or name. Add the patient first, then import again.</source>
        <translation>لا يطابق أي مريض هنا معرّف المريض أو تاريخ الميلاد أو الاسم في الملف. أضف المريض أولًا ثم استورد مجددًا.</translation>
    </message>
    <message>
        <source>This patient has no visit to put the X-ray in; book one first.</source>
        <translation>ليس لهذا المريض زيارة توضع فيها صورة الأشعة؛ احجز واحدة أولًا.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Choose the patient and the visit, and confirm, first.</source>
        <translation>اختر المريض والزيارة ثم أكّد أولًا.</translation>
    </message>
    <message>
        <source>The X-ray is not imported: %1</source>
        <translation>لم تُستورد صورة الأشعة: %1</translation>
    </message>
</context>
<context>
    <name>chairside::ui::DocumentsSection</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>إضافة ملف… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>حفظ نسخة… (&amp;S)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذف (&amp;L)</translation>
    </message>
    <message>
        <source>The patient&apos;s documents, newest first. Enter opens one.</source>
        <translation>مستندات المريض، الأحدث أولًا. يفتح مفتاح Enter المستند.</translation>
    </message>
    <message>
        <source>e.g. referral, lab report</source>
        <translation>مثلًا: خطاب إحالة، تقرير مختبر</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>نوع المستند (&amp;T):</translation>
    </message>
    <message>
        <source>Add a PDF or an image to the patient&apos;s documents</source>
        <translation>إضافة ملف PDF أو صورة إلى مستندات المريض</translation>
    </message>
    <message>
        <source>The documents cannot be read: %1</source>
        <translation>تعذّرت قراءة المستندات: %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;All files (*)</source>
        <translation>ملفات PDF والصور (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The document was not added: the file is larger than %1 MB.</source>
        <translation>لم يُضَف المستند: حجم الملف أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>The document was not added: %1</source>
        <translation>لم يُضَف المستند: %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>تعذّر فتح المستند: %1</translation>
    </message>
    <message>
        <source>No program opens %1 here; use Save a copy instead.</source>
        <translation>لا يوجد هنا برنامج يفتح %1؛ استخدم «حفظ نسخة» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>حفظ نسخة من المستند</translation>
    </message>
    <message>
        <source>The document was not saved: %1</source>
        <translation>لم يُحفَظ المستند: %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>حُفظت نسخة باسم %1.</translation>
    </message>
    <message>
        <source>The document was not deleted: %1</source>
        <translation>لم يُحذَف المستند: %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>المستند</translation>
    </message>
</context>
<context>
    <name>chairside::ui::FrontDeskView</name>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double bookings to resolve</source>
        <translation>حجوزات مزدوجة بحاجة إلى معالجة</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>الكرسي %1</translation>
    </message>
    <message>
        <source>Dentist %1</source>
        <translation>طبيب الأسنان %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>المريض %1</translation>
    </message>
    <message>
        <source>%1 is booked twice: %2 and %3</source>
        <translation>%1 محجوز مرتين: %2 و%3</translation>
    </message>
    <message>
        <source>Double bookings from stations that were apart (%1): move or cancel one of each pair.</source>
        <translation>حجوزات مزدوجة من محطات كانت منفصلة (%1): انقل أو ألغِ موعدًا واحدًا من كل زوج.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n appointment(s), %2 waiting, %3 in the chair</source>
        <translation>
            <numerusform>%1 — لا مواعيد، %2 في الانتظار، %3 على الكرسي</numerusform>
            <numerusform>%1 — موعد واحد، %2 في الانتظار، %3 على الكرسي</numerusform>
            <numerusform>%1 — موعدان، %2 في الانتظار، %3 على الكرسي</numerusform>
            <numerusform>%1 — %n مواعيد، %2 في الانتظار، %3 على الكرسي</numerusform>
            <numerusform>%1 — %n موعدًا، %2 في الانتظار، %3 على الكرسي</numerusform>
            <numerusform>%1 — %n موعد، %2 في الانتظار، %3 على الكرسي</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an appointment first.</source>
        <translation>اختر موعدًا أولًا.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::InventoryView</name>
    <message>
        <source>Filter materials</source>
        <translation>تصفية المواد</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note (supplier, patient, reason)</source>
        <translation>ملاحظة (المورّد، المريض، السبب)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>استلام (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Used</source>
        <translation>استخدام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>تصدير CSV… (&amp;E)</translation>
    </message>
    <message>
        <source>Export materials</source>
        <translation>تصدير المواد</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stock for the selected material:</source>
        <translation>مخزون المادة المحددة:</translation>
    </message>
    <message>
        <source>Select a material first.</source>
        <translation>اختر مادة أولًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: received %2.</source>
        <translation>%1: استُلم %2.</translation>
    </message>
    <message>
        <source>%1: used %2.</source>
        <translation>%1: استُخدم %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n material(s) to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي مادة إلى %1.</numerusform>
            <numerusform>صُدّرت مادة واحدة إلى %1.</numerusform>
            <numerusform>صُدّرت مادتان إلى %1.</numerusform>
            <numerusform>صُدّرت %n مواد إلى %1.</numerusform>
            <numerusform>صُدّرت %n مادة إلى %1.</numerusform>
            <numerusform>صُدّرت %n مادة إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ui::LoginDialog</name>
    <message>
        <source>Sign in to Chairside</source>
        <translation>تسجيل الدخول إلى Chairside</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>name@clinic.example</source>
        <translation>name@clinic.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>مشكلة في تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول (&amp;S)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::MainWindow</name>
    <message>
        <source>Chairside — %1 (%2)</source>
        <translation>Chairside — %1 (%2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>الملف الطبي</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>لا مرضى</numerusform>
            <numerusform>مريض واحد</numerusform>
            <numerusform>مريضان</numerusform>
            <numerusform>%n مرضى</numerusform>
            <numerusform>%n مريضًا</numerusform>
            <numerusform>%n مريض</numerusform>
        </translation>
    </message>
    <message>
        <source>API server status</source>
        <translation>حالة خادم الواجهة البرمجية</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>البحث في المرضى</translation>
    </message>
    <message>
        <source>Search by name, phone, email or date of birth (Ctrl+F)</source>
        <translation>البحث بالاسم أو الهاتف أو البريد الإلكتروني أو تاريخ الميلاد (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>مريض جديد (&amp;N)</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>مريض جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>&amp;Edit patient</source>
        <translation>تعديل المريض (&amp;E)</translation>
    </message>
    <message>
        <source>Edit the selected patient (F2)</source>
        <translation>تعديل المريض المحدد (F2)</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>تعديل المريض</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>فتح الملف الطبي (&amp;C)</translation>
    </message>
    <message>
        <source>The selected patient&apos;s chart (Enter or double-click)</source>
        <translation>الملف الطبي للمريض المحدد (Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Select a patient in the list first.</source>
        <translation>اختر مريضًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>تعذّر التراجع: %1</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>الواجهة البرمجية: %1</translation>
    </message>
    <message>
        <source>API not running: %1</source>
        <translation>الواجهة البرمجية لا تعمل: %1</translation>
    </message>
    <message>
        <source>API not running</source>
        <translation>الواجهة البرمجية لا تعمل</translation>
    </message>
    <message>
        <source>Import &amp;DICOM…</source>
        <translation>استيراد DICOM… (&amp;D)</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray into a patient&apos;s visit (Ctrl+Shift+I)</source>
        <translation>استيراد صورة أشعة DICOM إلى زيارة مريض (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import a DICOM X-ray</source>
        <translation>استيراد صورة أشعة DICOM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>استيراد المرضى… (&amp;I)</translation>
    </message>
    <message>
        <source>Export &amp;patients…</source>
        <translation>تصدير المرضى… (&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;appointments…</source>
        <translation>تصدير المواعيد… (&amp;A)</translation>
    </message>
    <message>
        <source>Export &amp;materials…</source>
        <translation>تصدير المواد… (&amp;M)</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>تصدير المرضى</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>تصدير المواعيد</translation>
    </message>
    <message>
        <source>Export materials</source>
        <translation>تصدير المواد</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>تم تصدير %n صف إلى %1.</numerusform>
            <numerusform>تم تصدير %n صف إلى %1.</numerusform>
            <numerusform>تم تصدير %n صف إلى %1.</numerusform>
            <numerusform>تم تصدير %n صف إلى %1.</numerusform>
            <numerusform>تم تصدير %n صف إلى %1.</numerusform>
            <numerusform>تم تصدير %n صف إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar &amp;subscriptions…</source>
        <translation>اشتراكات التقويم… (&amp;S)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::MaterialTableModel</name>
    <message>
        <source>At or below the reorder level: time to order more.</source>
        <translation>عند حد إعادة الطلب أو دونه: حان وقت طلب المزيد.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>إعادة الطلب عند</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>chairside::ui::NotificationsView</name>
    <message>
        <source>&amp;Mark read</source>
        <translation>تعليم كمقروءة (&amp;M)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>الحالة (&amp;T):</translation>
    </message>
    <message>
        <source>Search a patient by name, phone or email</source>
        <translation>ابحث عن مريض بالاسم أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>المريض (&amp;P):</translation>
    </message>
    <message>
        <source>Patient whose messages are shown</source>
        <translation>المريض الذي تُعرض رسائله</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>كل المرضى</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <source>The selected message</source>
        <translation>الرسالة المحددة</translation>
    </message>
    <message>
        <source>Reload messages</source>
        <translation>إعادة تحميل الرسائل</translation>
    </message>
    <message>
        <source>The patients cannot be searched: %1</source>
        <translation>تعذّر البحث في المرضى: %1</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (مواليد %2)</translation>
    </message>
    <message>
        <source>The patient cannot be read: %1</source>
        <translation>تعذّرت قراءة بيانات المريض: %1</translation>
    </message>
    <message>
        <source>The messages cannot be read: %1</source>
        <translation>تعذّرت قراءة الرسائل: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 messages; filter by state or patient to find older ones.</source>
        <translation>تُعرض أحدث %1 رسالة؛ صفِّ حسب الحالة أو المريض للعثور على الرسائل الأقدم.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>لا توجد رسائل.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>آخر خطأ: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>المحاولة التالية: %1</translation>
    </message>
    <message>
        <source>The message was not marked read: %1</source>
        <translation>لم تُعلَّم الرسالة كمقروءة: %1</translation>
    </message>
    <message>
        <source>Message marked read.</source>
        <translation>عُلّمت الرسالة كمقروءة.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientForm</name>
    <message>
        <source>&amp;Allergies:</source>
        <translation>الحساسية (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة (&amp;L):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>تاريخ الميلاد (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>الجنس (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>العنوان (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Medical history:</source>
        <translation>التاريخ المرضي (&amp;M):</translation>
    </message>
    <message>
        <source>Medi&amp;cations:</source>
        <translation>الأدوية (&amp;C):</translation>
    </message>
    <message>
        <source>Emergency &amp;contact:</source>
        <translation>جهة الاتصال للطوارئ (&amp;C):</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone:</source>
        <translation>هاتف الطوارئ (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>شركة التأمين (&amp;I):</translation>
    </message>
    <message>
        <source>Insurance &amp;number:</source>
        <translation>رقم التأمين (&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظات (&amp;O):</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>تعديل المريض</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientImportDialog</name>
    <message>
        <source>Leave out &amp;duplicates</source>
        <translation>تجاهل التكرارات (&amp;D)</translation>
    </message>
    <message>
        <source>Leave out rows with &amp;problems</source>
        <translation>تجاهل الصفوف ذات المشاكل (&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;only duplicates and problems</source>
        <translation>عرض التكرارات والمشاكل فقط (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>استيراد المرضى</translation>
    </message>
    <message>
        <source>A CSV file: one patient per line, the first line naming the columns</source>
        <translation>ملف CSV: مريض في كل سطر، والسطر الأول يسمي الأعمدة</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار… (&amp;C)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>يُستورد كـ</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>الأعمدة (&amp;M):</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>كما يبين الملف</translation>
    </message>
    <message>
        <source>Day first (31/12/1980)</source>
        <translation>اليوم أولًا (31/12/1980)</translation>
    </message>
    <message>
        <source>Month first (12/31/1980)</source>
        <translation>الشهر أولًا (12/31/1980)</translation>
    </message>
    <message>
        <source>Dates like 03/04/1980 &amp;are:</source>
        <translation>التواريخ مثل 03/04/1980 هي (&amp;A):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>معاينة (&amp;V):</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Column %1 is imported as</source>
        <translation>العمود %1 يُستورد كـ</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(متجاهَل)</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 duplicates, %4 with problems.</source>
        <translation>%1 صفوف: %2 جاهزة، %3 مكررة، %4 بها مشاكل.</translation>
    </message>
    <message>
        <source>The file holds no patients.</source>
        <translation>لا يحتوي الملف على أي مريض.</translation>
    </message>
    <message>
        <source>No row is ready to import.</source>
        <translation>لا يوجد صف جاهز للاستيراد.</translation>
    </message>
    <message>
        <source>Correct the rows marked in the file, or leave them out, to import; the import is all or nothing.</source>
        <translation>صحح الصفوف المعلَّمة في الملف أو تجاهلها للاستيراد؛ الاستيراد كله أو لا شيء.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>جارٍ استيراد المرضى</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>توقف؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s).</source>
        <translation>
            <numerusform>تم استيراد %n مريض.</numerusform>
            <numerusform>تم استيراد %n مريض.</numerusform>
            <numerusform>تم استيراد %n مريض.</numerusform>
            <numerusform>تم استيراد %n مريض.</numerusform>
            <numerusform>تم استيراد %n مريض.</numerusform>
            <numerusform>تم استيراد %n مريض.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientImportModel</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>فصيلة الدم</translation>
    </message>
    <message>
        <source>No email reminders</source>
        <translation>بلا تذكيرات بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>No text reminders</source>
        <translation>بلا تذكيرات بالرسائل النصية</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1، مولود في %2</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>نفس الهاتف</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>نفس البريد الإلكتروني</translation>
    </message>
    <message>
        <source>same insurance number</source>
        <translation>نفس رقم التأمين</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>نفس الاسم وتاريخ الميلاد</translation>
    </message>
    <message>
        <source>Same as line %1: %2 (%3)</source>
        <translation>مثل السطر %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Already a patient: %1 (%2)</source>
        <translation>مريض بالفعل: %1 (%2)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1
(left out)</source>
        <translation>%1
(متجاهَل)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PrescriptionsSection</name>
    <message>
        <source>Prescriptions</source>
        <translation>الوصفات الطبية</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>تاريخ الوصف</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>الطبيب الواصف</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>New prescription</source>
        <translation>وصفة طبية جديدة</translation>
    </message>
    <message>
        <source>The patient&apos;s prescriptions, newest first, each with its medications.</source>
        <translation>الوصفات الطبية للمريض، الأحدث أولًا، مع أدوية كل وصفة.</translation>
    </message>
    <message>
        <source>Selected prescription</source>
        <translation>الوصفة المحددة</translation>
    </message>
    <message>
        <source>General instructions (optional)</source>
        <translation>تعليمات عامة (اختياري)</translation>
    </message>
    <message>
        <source>Medications of the new prescription</source>
        <translation>أدوية الوصفة الجديدة</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Medica&amp;tions:</source>
        <translation>الأدوية (&amp;T):</translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation>إضافة دواء (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;emove medication</source>
        <translation>إزالة الدواء (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save prescription</source>
        <translation>حفظ الوصفة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>التعليمات (&amp;I):</translation>
    </message>
    <message>
        <source>The prescriptions cannot be read: %1</source>
        <translation>تعذّرت قراءة الوصفات الطبية: %1</translation>
    </message>
    <message>
        <source>No prescriptions yet.</source>
        <translation>لا توجد وصفات طبية بعد.</translation>
    </message>
    <message>
        <source>Select a prescription.</source>
        <translation>اختر وصفة طبية.</translation>
    </message>
    <message>
        <source>Prescribed %1 by %2</source>
        <translation>وصفها %2 في %1</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>التعليمات: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>الكمية %1</translation>
    </message>
    <message>
        <source>The prescription was not saved: %1</source>
        <translation>لم تُحفَظ الوصفة: %1</translation>
    </message>
    <message>
        <source>Prescription saved.</source>
        <translation>حُفظت الوصفة.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::PrintActions</name>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>طباعة… (&amp;N)</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>حفظ بصيغة PDF… (&amp;F)</translation>
    </message>
    <message>
        <source>Print the selected invoice</source>
        <translation>طباعة الفاتورة المحددة</translation>
    </message>
    <message>
        <source>Print the selected prescription</source>
        <translation>طباعة الوصفة المحددة</translation>
    </message>
    <message>
        <source>Save the selected invoice as a PDF file</source>
        <translation>حفظ الفاتورة المحددة كملف PDF</translation>
    </message>
    <message>
        <source>Save the selected prescription as a PDF file</source>
        <translation>حفظ الوصفة المحددة كملف PDF</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation>لم تقبل الطابعة الصفحات.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>طباعة الفاتورة</translation>
    </message>
    <message>
        <source>Print prescription</source>
        <translation>طباعة الوصفة</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>حُفظ باسم %1.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::StationsTab</name>
    <message>
        <source>This station: %1 (site %2)</source>
        <translation>هذه المحطة: %1 (الموقع %2)</translation>
    </message>
    <message>
        <source>This station&apos;s API speaks plain HTTP: it shows no certificate to pin.</source>
        <translation>تعمل الواجهة البرمجية لهذه المحطة عبر HTTP غير المشفّر: لا تعرض شهادة لتثبيتها.</translation>
    </message>
    <message>
        <source>Its certificate fingerprint (SHA-256), for the other station&apos;s admin to compare:
%1</source>
        <translation>بصمة شهادتها (SHA-256)، ليقارنها مسؤول المحطة الأخرى:
%1</translation>
    </message>
    <message>
        <source>Show pairing &amp;code</source>
        <translation>عرض رمز الإقران (&amp;C)</translation>
    </message>
    <message>
        <source>https://192.168.1.20:8000</source>
        <translation>https://192.168.1.20:8000</translation>
    </message>
    <message>
        <source>the code the other station shows</source>
        <translation>الرمز الذي تعرضه المحطة الأخرى</translation>
    </message>
    <message>
        <source>optional: leave empty to trust the certificate it shows now</source>
        <translation>اختياري: اتركه فارغًا للوثوق بالشهادة التي تعرضها الآن</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>إقران (&amp;P)</translation>
    </message>
    <message>
        <source>Stations on the network, not paired</source>
        <translation>محطات على الشبكة، غير مقترنة</translation>
    </message>
    <message>
        <source>Pair &amp;with this one</source>
        <translation>الإقران مع هذه المحطة (&amp;W)</translation>
    </message>
    <message>
        <source>Paired stations</source>
        <translation>المحطات المقترنة</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>فرق الساعة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>U&amp;npair selected</source>
        <translation>إلغاء إقران المحددة (&amp;N)</translation>
    </message>
    <message>
        <source>Other station&apos;s address:</source>
        <translation>عنوان المحطة الأخرى:</translation>
    </message>
    <message>
        <source>Its pairing code:</source>
        <translation>رمز الإقران الخاص بها:</translation>
    </message>
    <message>
        <source>Its certificate fingerprint:</source>
        <translation>بصمة شهادتها:</translation>
    </message>
    <message>
        <source>Stations on the network, not paired yet:</source>
        <translation>محطات على الشبكة لم تُقرَن بعد:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>(none heard; type the other station&apos;s address below)</source>
        <translation>(لم تُرصد أي محطة؛ اكتب عنوان المحطة الأخرى أدناه)</translation>
    </message>
    <message>
        <source>(it syncs with this station)</source>
        <translation>(تتزامن مع هذه المحطة)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Choose a station in the list of stations on the network first.</source>
        <translation>اختر أولًا محطة من قائمة المحطات على الشبكة.</translation>
    </message>
    <message>
        <source>Type %1 on the other station (valid until %2).</source>
        <translation>اكتب %1 على المحطة الأخرى (صالح حتى %2).</translation>
    </message>
    <message>
        <source>Paired with %1. Sync starts within a second.</source>
        <translation>اقترنت مع %1. تبدأ المزامنة خلال ثانية.</translation>
    </message>
    <message>
        <source>Select a station in the list first.</source>
        <translation>اختر محطة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>%1 is no longer paired; neither station accepts the other&apos;s calls now.</source>
        <translation>لم تعد %1 مقترنة؛ لن تقبل أي من المحطتين طلبات الأخرى بعد الآن.</translation>
    </message>
</context>
<context>
    <name>chairside::ui::SyncStatusLabel</name>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>المزامنة: %1</translation>
    </message>
    <message>
        <source>Sync: no other stations paired</source>
        <translation>المزامنة: لا توجد محطات أخرى مقترنة</translation>
    </message>
    <message>
        <source>Pair stations in Admin › Stations.</source>
        <translation>اقرن المحطات من الإدارة › المحطات.</translation>
    </message>
    <message>
        <source> — synced %1</source>
        <translation> — تمت المزامنة %1</translation>
    </message>
    <message>
        <source> — in touch %1</source>
        <translation> — على اتصال %1</translation>
    </message>
    <message>
        <source> — not reached yet</source>
        <translation> — لم يُتصَل بها بعد</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 غير متاحة</translation>
    </message>
    <message>
        <source>, clock %1 s off</source>
        <translation>، فرق الساعة %1 ث</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 min off</source>
        <translation>ساعة %1 متأخرة أو متقدمة %2 دقيقة</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 stations in reach</source>
        <translation>المزامنة: %1 من %2 محطات متاحة</translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · الأخيرة %1</translation>
    </message>
    <message>
        <source> · not synced yet</source>
        <translation> · لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source> · %1 changes waiting</source>
        <translation> · %1 تغييرات في الانتظار</translation>
    </message>
</context>
<context>
    <name>chairside::ui::XrayView</name>
    <message>
        <source>Annotation %1 is not a valid text, arrow or distance.</source>
        <translation>التعليق التوضيحي %1 ليس نصًا أو سهمًا أو مسافة صالحة.</translation>
    </message>
    <message>
        <source>X-ray image</source>
        <translation>صورة شعاعية</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>ملاءمة النافذة (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>الحجم الفعلي (1:1) (&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>تكبير (&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>تصغير (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>عكس الألوان (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Rotate clockwise</source>
        <translation>تدوير باتجاه عقارب الساعة (&amp;R)</translation>
    </message>
    <message>
        <source>Rotate &amp;counter-clockwise</source>
        <translation>تدوير عكس عقارب الساعة (&amp;C)</translation>
    </message>
    <message>
        <source>Flip &amp;horizontally</source>
        <translation>قلب أفقي (&amp;H)</translation>
    </message>
    <message>
        <source>Flip &amp;vertically</source>
        <translation>قلب رأسي (&amp;V)</translation>
    </message>
    <message>
        <source>Next &amp;window preset</source>
        <translation>الإعداد المسبق التالي للنافذة (&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;uto window</source>
        <translation>نافذة تلقائية (&amp;U)</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>النافذة: %1</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>قياس مسافة (&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;arrow</source>
        <translation>إضافة سهم (&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>إضافة نص (&amp;T)</translation>
    </message>
    <message>
        <source>Stop measuring or annotating</source>
        <translation>إيقاف القياس أو التعليق</translation>
    </message>
    <message>
        <source>&amp;Calibrate with the last measurement…</source>
        <translation>المعايرة بآخر قياس… (&amp;C)</translation>
    </message>
    <message>
        <source>Tag &amp;teeth (FDI)…</source>
        <translation>تحديد الأسنان (FDI)… (&amp;T)</translation>
    </message>
    <message>
        <source>Remove the last mark</source>
        <translation>إزالة آخر علامة</translation>
    </message>
    <message>
        <source>%1 px · %2 mm</source>
        <translation>%1 بكسل · %2 ملم</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 بكسل</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Known length of the last measured line (%1), in mm:</source>
        <translation>الطول المعروف لآخر خط مقيس (%1) بالملليمتر:</translation>
    </message>
    <message>
        <source>Tag teeth</source>
        <translation>تحديد الأسنان</translation>
    </message>
    <message>
        <source>FDI tooth numbers on this image, separated by commas (e.g. 36, 37):</source>
        <translation>أرقام الأسنان بنظام FDI في هذه الصورة، مفصولة بفواصل (مثلًا 36, 37):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are not FDI tooth numbers (11-48, 51-85); the tags were not changed.</source>
        <translation>«%1» ليست أرقام أسنان بنظام FDI (11-48، 51-85)؛ لم تتغير التحديدات.</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>إضافة نص</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Window centre %1, width %2; zoom %3%</source>
        <translation>مركز النافذة %1، العرض %2؛ التكبير %3%</translation>
    </message>
    <message>
        <source>W %1  C %2  %3%</source>
        <translation>ع %1  م %2  %3%</translation>
    </message>
    <message>
        <source>  %1 mm/px</source>
        <translation>  %1 ملم/بكسل</translation>
    </message>
    <message>
        <source>Teeth %1</source>
        <translation>الأسنان %1</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>من الملف: %1</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>تلقائي (المدرج التكراري)</translation>
    </message>
    <message>
        <source>%1 px · %2 mm (calibrated by the file)</source>
        <translation>%1 بكسل · %2 مم (معايَر من الملف)</translation>
    </message>
    <message>
        <source>  %1 mm/px, calibrated by the file</source>
        <translation>  %1 مم/بكسل، معايَر من الملف</translation>
    </message>
    <message>
        <source>  uncalibrated (px only)</source>
        <translation>  غير معايَر (بالبكسل فقط)</translation>
    </message>
</context>
<context>
    <name>chairside::ui::XrayWindow</name>
    <message>
        <source>X-ray</source>
        <translation>الأشعة</translation>
    </message>
    <message>
        <source>Earlier image to compare with</source>
        <translation>صورة سابقة للمقارنة</translation>
    </message>
    <message>
        <source>Earlier X-ray image</source>
        <translation>صورة شعاعية سابقة</translation>
    </message>
    <message>
        <source>Marks made on the earlier image are not saved.</source>
        <translation>العلامات على الصورة السابقة لا تُحفَظ.</translation>
    </message>
    <message>
        <source>X-ray tools</source>
        <translation>أدوات الأشعة</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier image</source>
        <translation>المقارنة بصورة سابقة (&amp;C)</translation>
    </message>
    <message>
        <source>Teeth on this image</source>
        <translation>الأسنان في هذه الصورة</translation>
    </message>
    <message>
        <source>Saving state of the marks</source>
        <translation>حالة حفظ العلامات</translation>
    </message>
    <message>
        <source>The marks on the image shown could not be saved, so it stays open.</source>
        <translation>تعذّر حفظ العلامات على الصورة المعروضة، لذا تبقى مفتوحة.</translation>
    </message>
    <message>
        <source>X-ray — %1</source>
        <translation>الأشعة — %1</translation>
    </message>
    <message>
        <source>The saved marks of this image are damaged and not shown: %1</source>
        <translation>العلامات المحفوظة لهذه الصورة تالفة ولا تُعرض: %1</translation>
    </message>
    <message>
        <source>Marks you make on this image are not saved.</source>
        <translation>العلامات التي تضعها على هذه الصورة لا تُحفَظ.</translation>
    </message>
    <message>
        <source>Saving marks…</source>
        <translation>جارٍ حفظ العلامات…</translation>
    </message>
    <message>
        <source>The marks are not saved: %1</source>
        <translation>لم تُحفَظ العلامات: %1</translation>
    </message>
    <message>
        <source>Marks saved.</source>
        <translation>حُفظت العلامات.</translation>
    </message>
    <message>
        <source>The earlier images cannot be read: %1</source>
        <translation>تعذّرت قراءة الصور السابقة: %1</translation>
    </message>
    <message>
        <source>%1, teeth %2</source>
        <translation>%1، الأسنان %2</translation>
    </message>
    <message>
        <source>No earlier image of these teeth</source>
        <translation>لا توجد صورة سابقة لهذه الأسنان</translation>
    </message>
    <message>
        <source>The earlier image cannot be read: %1</source>
        <translation>تعذّرت قراءة الصورة السابقة: %1</translation>
    </message>
    <message>
        <source>The earlier image cannot be shown: %1</source>
        <translation>تعذّر عرض الصورة السابقة: %1</translation>
    </message>
    <message>
        <source>No teeth tagged</source>
        <translation>لم تُحدَّد أسنان</translation>
    </message>
    <message>
        <source>Teeth (FDI): %1</source>
        <translation>الأسنان (FDI): %1</translation>
    </message>
    <message>
        <source>E&amp;xport image…</source>
        <translation>تصدير الصورة… (&amp;X)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>إعداد النافذة المسبق</translation>
    </message>
    <message>
        <source>Window preset (W: next)</source>
        <translation>إعداد النافذة المسبق (W: التالي)</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>النافذة %1</translation>
    </message>
    <message>
        <source>Export the image</source>
        <translation>تصدير الصورة</translation>
    </message>
    <message>
        <source>The image is not exported: %1</source>
        <translation>لم تُصدَّر الصورة: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدّرت إلى %1.</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>لا توجد صورة للتصدير.</translation>
    </message>
    <message>
        <source>Turn Invert off before exporting as DICOM: the file would show it the other way round.</source>
        <translation>أوقف عكس الألوان قبل التصدير بصيغة DICOM: سيعرضها الملف معكوسة.</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>كما صُدّرت</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>DICOM (*.dcm)</source>
        <translation>DICOM (*.dcm)</translation>
    </message>
</context>
</TS>
