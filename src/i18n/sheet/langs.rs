//! The text of paper in each of the eight languages (terms as in `../glossary.json`).

use super::SheetStrings;

/// English.
pub(super) const EN: SheetStrings = SheetStrings {
    qr_code_label: "QR code: {0}",
    print: "Print",
    worksheet: "Worksheet",
    worksheet_title: "The Organization of Turkic States on the map",
    worksheet_name: "Name",
    worksheet_date: "Date",
    worksheet_map_task: "Write the name of each numbered country.",
    worksheet_map_label: "Map without names: the {0} countries of the Organization of Turkic States, numbered from west to east",
    worksheet_questions: "Questions",
    worksheet_live_view: "Scan the code or open the interactive map:",
    worksheet_back: "Back to the map",
};

/// Turkish.
pub(super) const TR: SheetStrings = SheetStrings {
    qr_code_label: "QR kodu: {0}",
    print: "Yazdır",
    worksheet: "Çalışma kâğıdı",
    worksheet_title: "Haritada Türk Devletleri Teşkilatı",
    worksheet_name: "Ad Soyad",
    worksheet_date: "Tarih",
    worksheet_map_task: "Numaralı her ülkenin adını yazın.",
    worksheet_map_label: "İsimsiz harita: Türk Devletleri Teşkilatı'nın {0} ülkesi, batıdan doğuya numaralı",
    worksheet_questions: "Sorular",
    worksheet_live_view: "Kodu okutun veya etkileşimli haritayı açın:",
    worksheet_back: "Haritaya dön",
};

/// Azerbaijani.
pub(super) const AZ: SheetStrings = SheetStrings {
    qr_code_label: "QR kod: {0}",
    print: "Çap et",
    worksheet: "İş vərəqi",
    worksheet_title: "Xəritədə Türk Dövlətləri Təşkilatı",
    worksheet_name: "Ad, soyad",
    worksheet_date: "Tarix",
    worksheet_map_task: "Nömrələnmiş hər ölkənin adını yazın.",
    worksheet_map_label: "Adsız xəritə: Türk Dövlətləri Təşkilatının {0} ölkəsi, qərbdən şərqə nömrələnib",
    worksheet_questions: "Suallar",
    worksheet_live_view: "Kodu skan edin və ya interaktiv xəritəni açın:",
    worksheet_back: "Xəritəyə qayıt",
};

/// Kazakh.
pub(super) const KK: SheetStrings = SheetStrings {
    qr_code_label: "QR коды: {0}",
    print: "Басып шығару",
    worksheet: "Жұмыс парағы",
    worksheet_title: "Картадағы Түркі мемлекеттері ұйымы",
    worksheet_name: "Аты-жөні",
    worksheet_date: "Күні",
    worksheet_map_task: "Нөмірленген әр елдің атауын жазыңыз.",
    worksheet_map_label: "Атаусыз карта: Түркі мемлекеттері ұйымының {0} елі, батыстан шығысқа қарай нөмірленген",
    worksheet_questions: "Сұрақтар",
    worksheet_live_view: "Кодты сканерлеңіз немесе интерактивті картаны ашыңыз:",
    worksheet_back: "Картаға оралу",
};

/// Kyrgyz.
pub(super) const KY: SheetStrings = SheetStrings {
    qr_code_label: "QR коду: {0}",
    print: "Басып чыгаруу",
    worksheet: "Иш барагы",
    worksheet_title: "Картадагы Түрк мамлекеттеринин уюму",
    worksheet_name: "Аты-жөнү",
    worksheet_date: "Күнү",
    worksheet_map_task: "Номерленген ар бир өлкөнүн атын жазыңыз.",
    worksheet_map_label: "Аталышсыз карта: Түрк мамлекеттеринин уюмунун {0} өлкөсү, батыштан чыгышка карай номерленген",
    worksheet_questions: "Суроолор",
    worksheet_live_view: "Кодду сканерлеңиз же интерактивдүү картаны ачыңыз:",
    worksheet_back: "Картага кайтуу",
};

/// Uzbek.
pub(super) const UZ: SheetStrings = SheetStrings {
    qr_code_label: "QR kod: {0}",
    print: "Chop etish",
    worksheet: "Ish varaqasi",
    worksheet_title: "Xaritada Turkiy davlatlar tashkiloti",
    worksheet_name: "Ism-familiya",
    worksheet_date: "Sana",
    worksheet_map_task: "Raqamlangan har bir davlatning nomini yozing.",
    worksheet_map_label: "Nomsiz xarita: Turkiy davlatlar tashkilotining {0} davlati, gʻarbdan sharqqa raqamlangan",
    worksheet_questions: "Savollar",
    worksheet_live_view: "Kodni skanerlang yoki interaktiv xaritani oching:",
    worksheet_back: "Xaritaga qaytish",
};

/// Hungarian.
pub(super) const HU: SheetStrings = SheetStrings {
    qr_code_label: "QR-kód: {0}",
    print: "Nyomtatás",
    worksheet: "Feladatlap",
    worksheet_title: "A Türk Államok Szervezete a térképen",
    worksheet_name: "Név",
    worksheet_date: "Dátum",
    worksheet_map_task: "Írd le minden megszámozott ország nevét!",
    worksheet_map_label: "Nevek nélküli térkép: a Türk Államok Szervezetének {0} országa, nyugatról keletre számozva",
    worksheet_questions: "Kérdések",
    worksheet_live_view: "Olvasd be a kódot, vagy nyisd meg az interaktív térképet:",
    worksheet_back: "Vissza a térképhez",
};

/// Russian.
pub(super) const RU: SheetStrings = SheetStrings {
    qr_code_label: "QR-код: {0}",
    print: "Печать",
    worksheet: "Рабочий лист",
    worksheet_title: "Организация тюркских государств на карте",
    worksheet_name: "Имя и фамилия",
    worksheet_date: "Дата",
    worksheet_map_task: "Подпишите название каждой пронумерованной страны.",
    worksheet_map_label: "Карта без названий: {0} стран Организации тюркских государств, пронумерованы с запада на восток",
    worksheet_questions: "Вопросы",
    worksheet_live_view: "Отсканируйте код или откройте интерактивную карту:",
    worksheet_back: "Вернуться к карте",
};
