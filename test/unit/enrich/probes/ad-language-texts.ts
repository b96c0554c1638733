// One file because: it is one table of probe texts, language by language; split, the table would
// only be scattered across files that mean nothing apart.
/**
 * Short texts in each language of Europe's job markets, written for the ad-language probes (never
 * copied from an ad): two news items, one offer sentence and a board's record of fields. Serbian
 * is given in both scripts ("sr" Cyrillic, "sr-Latn" Latin); its expected code is "sr" either way.
 */
export interface LanguageTexts {
  /** A note from a company blog: no job ad, few job words. */
  blog: string;
  /** A news item about hiring. */
  news: string;
  /** One sentence of an offer, as short as ads say it. */
  offer: string;
  /** A board's record: a title and field lines, labelled in the language. */
  record: string;
}

export const TEXTS: Record<string, LanguageTexts> = {
  en: {
    blog: 'Last week our team moved into a new office near the river. It was a busy day, but everyone helped and the coffee machine works again.',
    news: 'The company said on Monday that it will hire 200 people at its new plant this year. Most of the jobs are in production and logistics.',
    offer: 'We offer an interesting job and the chance to grow in a friendly team.',
    record: 'Warehouse Operative\nEmployer: Northwind Logistics Ltd\nLocation: Leeds\nContract: Permanent, full time',
  },
  de: {
    blog: 'Letzte Woche ist unser Team in ein neues Büro am Fluss umgezogen. Es war ein langer Tag, aber alle haben mitgeholfen und die Kaffeemaschine läuft wieder.',
    news: 'Das Unternehmen kündigte am Montag an, in diesem Jahr 200 Menschen im neuen Werk einzustellen. Die meisten Stellen gibt es in der Produktion und in der Logistik.',
    offer: 'Wir bieten eine spannende Aufgabe und gute Möglichkeiten zur Weiterentwicklung im Team.',
    record:
      'Lagermitarbeiter\nUnternehmen: Nordwind Logistik GmbH\nArbeitsort: Kassel\nAnstellungsart: Vollzeit, unbefristet',
  },
  nl: {
    blog: 'Vorige week is ons team verhuisd naar een nieuw kantoor bij de rivier. Het was een drukke dag, maar iedereen hielp mee en de koffiemachine werkt weer.',
    news: 'Het bedrijf maakte maandag bekend dat het dit jaar 200 mensen aanneemt in de nieuwe fabriek. De meeste banen zijn in de productie en de logistiek.',
    offer: 'Wij bieden een uitdagende functie en goede mogelijkheden om je verder te ontwikkelen.',
    record:
      'Magazijnmedewerker\nBedrijf: Noordwind Logistiek B.V.\nStandplaats: Tilburg\nDienstverband: Fulltime, vast contract',
  },
  fr: {
    blog: 'La semaine dernière, notre équipe a déménagé dans un nouveau bureau près de la rivière. La journée était chargée, mais tout le monde a aidé et la machine à café fonctionne de nouveau.',
    news: "L'entreprise a annoncé lundi qu'elle recrutera 200 personnes dans sa nouvelle usine cette année. La plupart des postes concernent la production et la logistique.",
    offer: "Nous offrons un travail intéressant et la possibilité d'évoluer dans une belle équipe.",
    record:
      'Préparateur de commandes\nEntreprise : Vent du Nord Logistique\nLieu : Orléans\nType de contrat : CDI, temps plein',
  },
  es: {
    blog: 'La semana pasada nuestro equipo se mudó a una oficina nueva cerca del río. Fue un día muy largo, pero todos ayudaron y la cafetera ya funciona otra vez.',
    news: 'La empresa anunció el lunes que contratará a 200 personas en su nueva planta este año. La mayoría de los puestos son de producción y logística.',
    offer: 'Ofrecemos un trabajo interesante y la posibilidad de crecer en un buen equipo.',
    record:
      'Mozo de almacén\nEmpresa: Viento Norte Logística S.L.\nUbicación: Zaragoza\nTipo de contrato: Indefinido, jornada completa',
  },
  pt: {
    blog: 'Na semana passada a nossa equipa mudou-se para um escritório novo perto do rio. Foi um dia longo, mas todos ajudaram e a máquina de café já funciona outra vez.',
    news: 'A empresa anunciou na segunda-feira que vai contratar 200 pessoas para a nova fábrica este ano. A maioria dos postos de trabalho é na produção e na logística.',
    offer: 'Oferecemos um trabalho interessante e a possibilidade de crescer numa boa equipa.',
    record:
      'Operador de armazém\nEmpresa: Vento Norte Logística, Lda.\nLocalização: Braga\nTipo de contrato: Sem termo, tempo inteiro',
  },
  ca: {
    blog: 'La setmana passada el nostre equip es va traslladar a una oficina nova a prop del riu. Va ser un dia molt llarg, però tothom va ajudar i la cafetera torna a funcionar.',
    news: "L'empresa va anunciar dilluns que contractarà 200 persones a la nova planta aquest any. La majoria dels llocs de treball són de producció i logística.",
    offer: 'Oferim una feina interessant i la possibilitat de créixer en un bon equip.',
    record:
      'Mosso de magatzem\nEmpresa: Vent del Nord Logística\nUbicació: Girona\nTipus de contracte: Indefinit, jornada completa',
  },
  it: {
    blog: 'La settimana scorsa il nostro team si è trasferito in un nuovo ufficio vicino al fiume. È stata una giornata lunga, ma tutti hanno aiutato e la macchina del caffè funziona di nuovo.',
    news: "L'azienda ha annunciato lunedì che assumerà 200 persone nel nuovo stabilimento quest'anno. La maggior parte dei posti riguarda la produzione e la logistica.",
    offer: 'Offriamo un lavoro interessante e la possibilità di crescere in un bel team.',
    record:
      'Magazziniere\nAzienda: Vento del Nord Logistica S.r.l.\nSede di lavoro: Verona\nContratto: Tempo indeterminato, full time',
  },
  ro: {
    blog: 'Săptămâna trecută echipa noastră s-a mutat într-un birou nou lângă râu. A fost o zi lungă, dar toată lumea a ajutat și aparatul de cafea funcționează din nou.',
    news: 'Compania a anunțat luni că va angaja 200 de persoane la noua fabrică în acest an. Cele mai multe locuri de muncă sunt în producție și logistică.',
    offer: 'Oferim un loc de muncă interesant și posibilitatea de a crește într-o echipă bună.',
    record:
      'Lucrător depozit\nAngajator: Vânt de Nord Logistică SRL\nLocație: Cluj-Napoca\nTip contract: Perioadă nedeterminată, normă întreagă',
  },
  pl: {
    blog: 'W zeszłym tygodniu nasz zespół przeprowadził się do nowego biura nad rzeką. To był długi dzień, ale wszyscy pomagali i ekspres do kawy znowu działa.',
    news: 'Firma ogłosiła w poniedziałek, że w tym roku zatrudni 200 osób w nowym zakładzie. Większość miejsc pracy dotyczy produkcji i logistyki.',
    offer: 'Oferujemy ciekawą pracę i możliwość dalszego rozwoju w miłym zespole.',
    record:
      'Magazynier\nFirma: Wiatr Północy Logistyka Sp. z o.o.\nMiejsce pracy: Poznań\nRodzaj umowy: Umowa o pracę, pełny etat',
  },
  cs: {
    blog: 'Minulý týden se náš tým přestěhoval do nové kanceláře u řeky. Byl to dlouhý den, ale všichni pomáhali a kávovar už zase funguje.',
    news: 'Firma v pondělí oznámila, že letos v novém závodě přijme 200 lidí. Většina pracovních míst bude ve výrobě a logistice.',
    offer: 'Nabízíme zajímavou práci a možnost dalšího rozvoje v příjemném kolektivu.',
    record:
      'Skladník\nSpolečnost: Severní vítr logistika s.r.o.\nLokalita: Plzeň\nTyp úvazku: Plný úvazek, smlouva na dobu neurčitou',
  },
  sk: {
    blog: 'Minulý týždeň sa náš tím presťahoval do novej kancelárie pri rieke. Bol to dlhý deň, ale všetci pomáhali a kávovar už zase funguje.',
    news: 'Firma v pondelok oznámila, že tento rok v novom závode prijme 200 ľudí. Väčšina pracovných miest bude vo výrobe a logistike.',
    offer: 'Ponúkame zaujímavú prácu a možnosť ďalšieho rozvoja v príjemnom kolektíve.',
    record:
      'Skladník\nSpoločnosť: Severný vietor logistika s.r.o.\nMiesto práce: Žilina\nDruh pracovného pomeru: Plný úväzok, zmluva na dobu neurčitú',
  },
  sl: {
    blog: 'Prejšnji teden se je naša ekipa preselila v novo pisarno ob reki. Bil je dolg dan, vendar so vsi pomagali in aparat za kavo spet deluje.',
    news: 'Podjetje je v ponedeljek sporočilo, da bo letos v novi tovarni zaposlilo 200 ljudi. Večina delovnih mest bo v proizvodnji in logistiki.',
    offer: 'Nudimo zanimivo delo in možnost nadaljnjega razvoja v prijetnem kolektivu.',
    record:
      'Skladiščnik\nPodjetje: Severni veter logistika d.o.o.\nKraj dela: Celje\nVrsta zaposlitve: Nedoločen čas, polni delovni čas',
  },
  hr: {
    blog: 'Prošli tjedan naš se tim preselio u novi ured pokraj rijeke. Bio je to dug dan, ali svi su pomagali i aparat za kavu opet radi.',
    news: 'Tvrtka je u ponedjeljak objavila da će ove godine u novoj tvornici zaposliti 200 ljudi. Većina radnih mjesta bit će u proizvodnji i logistici.',
    offer: 'Nudimo zanimljiv posao i mogućnost daljnjeg razvoja u ugodnom kolektivu.',
    record:
      'Skladištar\nPoslodavac: Sjeverni vjetar logistika d.o.o.\nMjesto rada: Osijek\nVrsta zaposlenja: Na neodređeno, puno radno vrijeme',
  },
  sr: {
    blog: 'Прошле недеље наш тим се преселио у нову канцеларију поред реке. Био је то дуг дан, али су сви помагали и апарат за кафу поново ради.',
    news: 'Компанија је у понедељак саопштила да ће ове године у новој фабрици запослити 200 људи. Већина радних места биће у производњи и логистици.',
    offer: 'Нудимо занимљив посао и могућност развоја у пријатном колективу.',
    record:
      'Магационер\nПослодавац: Северни ветар логистика д.о.о.\nМесто рада: Нови Сад\nВрста запослења: На неодређено, пуно радно време',
  },
  'sr-Latn': {
    blog: 'Prošle nedelje naš tim se preselio u novu kancelariju pored reke. Bio je to dug dan, ali su svi pomagali i aparat za kafu ponovo radi.',
    news: 'Kompanija je u ponedeljak saopštila da će ove godine u novoj fabrici zaposliti 200 ljudi. Većina radnih mesta biće u proizvodnji i logistici.',
    offer:
      'Nudimo zanimljiv posao i mogućnost razvoja u prijatnom kolektivu, a posle probnog rada i ugovor na neodređeno vreme.',
    record:
      'Magacioner\nPoslodavac: Severni vetar logistika d.o.o.\nMesto rada: Novi Sad\nVrsta zaposlenja: Na neodređeno, puno radno vreme',
  },
  bg: {
    blog: 'Миналата седмица нашият екип се премести в нов офис близо до реката. Денят беше дълъг, но всички помагаха и кафемашината отново работи.',
    news: 'Компанията обяви в понеделник, че тази година ще наеме 200 души в новия завод. Повечето работни места са в производството и логистиката.',
    offer: 'Предлагаме интересна работа и възможност за развитие в приятен екип.',
    record:
      'Складов работник\nРаботодател: Северен вятър Логистика ЕООД\nМясто на работа: Пловдив\nВид заетост: Пълно работно време, безсрочен договор',
  },
  mk: {
    blog: 'Минатата недела нашиот тим се пресели во нова канцеларија близу до реката. Денот беше долг, но сите помагаа и апаратот за кафе повторно работи.',
    news: 'Компанијата во понеделникот соопшти дека оваа година ќе вработи 200 луѓе во новата фабрика. Повеќето работни места се во производството и логистиката.',
    offer: 'Нудиме интересна работа и можност за развој во пријатен колектив.',
    record:
      'Магационер\nКомпанија: Северен ветер Логистика ДООЕЛ\nЛокација: Битола\nВид на вработување: Неопределено време, полно работно време',
  },
  ru: {
    blog: 'На прошлой неделе наша команда переехала в новый офис у реки. День был долгим, но все помогали, и кофемашина снова работает.',
    news: 'Компания сообщила в понедельник, что в этом году наймёт 200 человек на новый завод. Большинство рабочих мест будет в производстве и логистике.',
    offer: 'Мы предлагаем интересную работу и возможность развития в дружном коллективе.',
    record: 'Кладовщик\nКомпания: Северный ветер Логистика\nМесто работы: Казань\nТип занятости: Полная занятость',
  },
  uk: {
    blog: 'Минулого тижня наша команда переїхала до нового офісу біля річки. День був довгим, але всі допомагали, і кавоварка знову працює.',
    news: 'Компанія повідомила в понеділок, що цього року найме 200 людей на новий завод. Більшість робочих місць буде у виробництві та логістиці.',
    offer: 'Ми пропонуємо цікаву роботу та можливість розвитку в дружньому колективі.',
    record: 'Комірник\nКомпанія: Північний вітер Логістика\nМісце роботи: Львів\nТип зайнятості: Повна зайнятість',
  },
  el: {
    blog: 'Την περασμένη εβδομάδα η ομάδα μας μετακόμισε σε νέο γραφείο κοντά στο ποτάμι. Ήταν μια μεγάλη μέρα, αλλά όλοι βοήθησαν.',
    news: 'Η εταιρεία ανακοίνωσε τη Δευτέρα ότι θα προσλάβει 200 άτομα στο νέο εργοστάσιο φέτος. Οι περισσότερες θέσεις αφορούν την παραγωγή.',
    offer: 'Προσφέρουμε ενδιαφέρουσα εργασία και δυνατότητες εξέλιξης σε μια φιλική ομάδα.',
    record: 'Αποθηκάριος\nΕταιρεία: Βόρειος Άνεμος\nΤοποθεσία: Πάτρα\nΕίδος απασχόλησης: Πλήρης απασχόληση',
  },
  hu: {
    blog: 'Múlt héten a csapatunk új irodába költözött a folyó mellett. Hosszú nap volt, de mindenki segített, és a kávégép újra működik.',
    news: 'A cég hétfőn bejelentette, hogy idén 200 embert vesz fel az új gyárba. A legtöbb munkahely a gyártásban és a logisztikában lesz.',
    offer: 'Érdekes munkát és fejlődési lehetőséget kínálunk egy barátságos csapatban.',
    record:
      'Raktári munkatárs\nCég: Északi Szél Logisztika Kft.\nMunkavégzés helye: Győr\nFoglalkoztatás jellege: Teljes munkaidő, határozatlan idejű',
  },
  fi: {
    blog: 'Viime viikolla tiimimme muutti uuteen toimistoon joen lähelle. Päivä oli pitkä, mutta kaikki auttoivat ja kahvinkeitin toimii taas.',
    news: 'Yhtiö kertoi maanantaina palkkaavansa tänä vuonna 200 ihmistä uudelle tehtaalle. Suurin osa työpaikoista on tuotannossa ja logistiikassa.',
    offer: 'Tarjoamme mielenkiintoisen työn ja mahdollisuuden kehittyä mukavassa tiimissä.',
    record:
      'Varastotyöntekijä\nYritys: Pohjatuuli Logistiikka Oy\nSijainti: Tampere\nTyösuhde: Vakituinen, kokoaikainen',
  },
  et: {
    blog: 'Eelmisel nädalal kolis meie meeskond uude kontorisse jõe ääres. Päev oli pikk, kuid kõik aitasid ja kohvimasin töötab jälle.',
    news: 'Ettevõte teatas esmaspäeval, et võtab sel aastal uude tehasesse tööle 200 inimest. Enamik töökohti on tootmises ja logistikas.',
    offer: 'Pakume huvitavat tööd ja võimalust areneda toredas meeskonnas.',
    record: 'Laotöötaja\nTööandja: Põhjatuul Logistika OÜ\nAsukoht: Tartu\nTöö tüüp: Täistööaeg, tähtajatu leping',
  },
  lv: {
    blog: 'Pagājušajā nedēļā mūsu komanda pārcēlās uz jaunu biroju pie upes. Diena bija gara, bet visi palīdzēja, un kafijas automāts atkal strādā.',
    news: 'Uzņēmums pirmdien paziņoja, ka šogad jaunajā rūpnīcā pieņems darbā 200 cilvēkus. Lielākā daļa darba vietu būs ražošanā un loģistikā.',
    offer: 'Piedāvājam interesantu darbu un iespēju attīstīties draudzīgā komandā.',
    record:
      'Noliktavas darbinieks\nUzņēmums: Ziemeļvējš Loģistika SIA\nAtrašanās vieta: Liepāja\nDarba veids: Pilna slodze, beztermiņa līgums',
  },
  lt: {
    blog: 'Praėjusią savaitę mūsų komanda persikėlė į naują biurą prie upės. Diena buvo ilga, bet visi padėjo, ir kavos aparatas vėl veikia.',
    news: 'Įmonė pirmadienį pranešė, kad šiais metais naujoje gamykloje įdarbins 200 žmonių. Dauguma darbo vietų bus gamyboje ir logistikoje.',
    offer: 'Siūlome įdomų darbą ir galimybę tobulėti draugiškoje komandoje.',
    record:
      'Sandėlio darbuotojas\nĮmonė: Šiaurės vėjas logistika UAB\nVieta: Kaunas\nDarbo pobūdis: Visas etatas, neterminuota sutartis',
  },
  da: {
    blog: 'I sidste uge flyttede vores team ind i et nyt kontor ved åen. Det var en lang dag, men alle hjalp til, og kaffemaskinen virker igen.',
    news: 'Virksomheden oplyste mandag, at den i år vil ansætte 200 medarbejdere på den nye fabrik. De fleste job er inden for produktion og logistik.',
    offer: 'Vi tilbyder en spændende stilling med gode muligheder for at udvikle dig.',
    record:
      'Lagermedarbejder\nVirksomhed: Nordenvind Logistik ApS\nArbejdssted: Odense\nAnsættelse: Fastansættelse, fuldtid',
  },
  no: {
    blog: 'Forrige uke flyttet teamet vårt inn i et nytt kontor ved elva. Det var en lang dag, men alle hjalp til, og kaffemaskinen virker igjen.',
    news: 'Selskapet opplyste mandag at det i år skal ansette 200 personer ved den nye fabrikken. De fleste jobbene er innen produksjon og logistikk.',
    offer: 'Vi tilbyr en spennende stilling med gode muligheter for å utvikle deg.',
    record:
      'Lagermedarbeider\nArbeidsgiver: Nordavind Logistikk AS\nArbeidssted: Stavanger\nAnsettelsesform: Fast, heltid',
  },
  sv: {
    blog: 'Förra veckan flyttade vårt team in i ett nytt kontor vid ån. Det var en lång dag, men alla hjälpte till och kaffemaskinen fungerar igen.',
    news: 'Företaget meddelade på måndagen att det i år ska anställa 200 personer vid den nya fabriken. De flesta jobben finns inom produktion och logistik.',
    offer: 'Vi erbjuder en spännande tjänst med goda möjligheter att utvecklas.',
    record:
      'Lagerarbetare\nFöretag: Nordanvind Logistik AB\nOrt: Jönköping\nAnställningsform: Tillsvidareanställning, heltid',
  },
  is: {
    blog: 'Í síðustu viku flutti teymið okkar í nýja skrifstofu við ána. Þetta var langur dagur, en allir hjálpuðu til og kaffivélin virkar aftur.',
    news: 'Fyrirtækið tilkynnti á mánudag að það muni ráða 200 manns í nýju verksmiðjuna á árinu. Flest störfin eru í framleiðslu og flutningum.',
    offer: 'Við bjóðum spennandi starf með góðum möguleikum á að þróast í starfi.',
    record: 'Starfsmaður á lager\nFyrirtæki: Norðanvindur ehf.\nStaðsetning: Akureyri\nStarfshlutfall: Fullt starf',
  },
  tr: {
    blog: 'Geçen hafta ekibimiz nehrin yanındaki yeni bir ofise taşındı. Uzun bir gündü, ama herkes yardım etti ve kahve makinesi yeniden çalışıyor.',
    news: 'Şirket pazartesi günü bu yıl yeni fabrikada 200 kişiyi işe alacağını açıkladı. İşlerin çoğu üretim ve lojistik alanında olacak.',
    offer: 'İlginç bir iş ve samimi bir ekipte gelişme imkânı sunuyoruz.',
    record: 'Depo Personeli\nŞirket: Poyraz Lojistik A.Ş.\nKonum: Bursa\nÇalışma şekli: Tam zamanlı',
  },
  mt: {
    blog: 'Il-ġimgħa l-oħra t-tim tagħna mar f’uffiċċju ġdid ħdejn il-baħar. Kienet ġurnata twila, imma kulħadd għen u l-magna tal-kafè reġgħet qed taħdem.',
    news: 'Il-kumpanija ħabbret nhar it-Tnejn li din is-sena se tħaddem 200 persuna fil-fabbrika l-ġdida. Il-biċċa l-kbira tal-impjiegi huma fil-produzzjoni.',
    offer: 'Noffru xogħol interessanti u l-opportunità li tikber f’tim ħbiberi.',
    record:
      'Ħaddiem tal-maħżen\nKumpanija: Riħ tat-Tramuntana Ltd\nPost tax-xogħol: Ħal Qormi\nTip ta’ impjieg: Full-time',
  },
};

/** Two sentences of a small company's note, the same in each language: neighbours side by side. */
export const NEIGHBOURS: [language: string, text: string][] = [
  [
    'no',
    'Vi er et lite firma i Bergen som lager programvare for sykehus. Nå trenger vi flere folk, og vi håper at du vil bli med oss.',
  ],
  [
    'da',
    'Vi er et lille firma i Aarhus, der laver software til hospitaler. Nu har vi brug for flere folk, og vi håber, at du vil være med.',
  ],
  [
    'sv',
    'Vi är ett litet företag i Malmö som gör mjukvara för sjukhus. Nu behöver vi fler personer och hoppas att du vill vara med.',
  ],
  [
    'es',
    'Somos una empresa pequeña de Valencia que hace programas para hospitales. Ahora necesitamos más gente y esperamos que quieras unirte.',
  ],
  [
    'pt',
    'Somos uma pequena empresa do Porto que faz programas para hospitais. Agora precisamos de mais pessoas e esperamos que te queiras juntar.',
  ],
  [
    'ca',
    'Som una petita empresa de Lleida que fa programes per a hospitals. Ara necessitem més gent i esperem que et vulguis afegir.',
  ],
  [
    'cs',
    'Jsme malá firma z Olomouce, která vyvíjí software pro nemocnice. Teď potřebujeme další lidi a doufáme, že se k nám přidáte.',
  ],
  [
    'sk',
    'Sme malá firma z Nitry, ktorá vyvíja softvér pre nemocnice. Teraz potrebujeme ďalších ľudí a dúfame, že sa k nám pridáte.',
  ],
  [
    'pl',
    'Jesteśmy małą firmą z Lublina, która tworzy oprogramowanie dla szpitali. Teraz potrzebujemy więcej ludzi i mamy nadzieję, że do nas dołączysz.',
  ],
  [
    'bg',
    'Ние сме малка фирма от Варна, която прави софтуер за болници. Сега имаме нужда от още хора и се надяваме да се присъедините.',
  ],
  [
    'ru',
    'Мы небольшая компания из Самары, которая делает программы для больниц. Сейчас нам нужны люди, и мы надеемся, что вы присоединитесь.',
  ],
  [
    'uk',
    'Ми невелика компанія з Полтави, яка робить програми для лікарень. Зараз нам потрібні люди, і ми сподіваємося, що ви приєднаєтеся.',
  ],
  [
    'mk',
    'Ние сме мала фирма од Охрид која прави софтвер за болници. Сега ни требаат уште луѓе и се надеваме дека ќе ни се придружите.',
  ],
  [
    'sl',
    'Smo majhno podjetje iz Kranja, ki razvija programsko opremo za bolnišnice. Zdaj potrebujemo več ljudi in upamo, da se nam boste pridružili.',
  ],
  [
    'hr',
    'Mi smo mala tvrtka iz Zadra koja razvija softver za bolnice. Sada trebamo još ljudi i nadamo se da ćete nam se pridružiti.',
  ],
  [
    'sr',
    'Mi smo mala firma iz Niša koja razvija softver za bolnice. Sada nam trebaju još ljudi i nadamo se da ćete nam se pridružiti uskoro, gde god da živite.',
  ],
  [
    'hu',
    'Egy kis debreceni cég vagyunk, amely kórházaknak fejleszt szoftvert. Most több emberre van szükségünk, és reméljük, hogy csatlakozol.',
  ],
  [
    'fi',
    'Olemme pieni oululainen yritys, joka tekee ohjelmistoja sairaaloille. Nyt tarvitsemme lisää ihmisiä ja toivomme, että liityt mukaan.',
  ],
  [
    'et',
    'Oleme väike Pärnu ettevõte, mis teeb tarkvara haiglatele. Nüüd vajame rohkem inimesi ja loodame, et sa liitud meiega.',
  ],
  [
    'lv',
    'Mēs esam neliels uzņēmums no Daugavpils, kas izstrādā programmatūru slimnīcām. Tagad mums vajag vairāk cilvēku, un mēs ceram, ka tu pievienosies.',
  ],
  [
    'lt',
    'Esame nedidelė Klaipėdos įmonė, kurianti programinę įrangą ligoninėms. Dabar mums reikia daugiau žmonių ir tikimės, kad prisijungsi.',
  ],
  [
    'it',
    'Siamo una piccola azienda di Bari che crea software per gli ospedali. Ora abbiamo bisogno di più persone e speriamo che tu voglia unirti.',
  ],
  [
    'ro',
    'Suntem o firmă mică din Iași care face programe pentru spitale. Acum avem nevoie de mai mulți oameni și sperăm că te vei alătura.',
  ],
  [
    'nl',
    'Wij zijn een klein bedrijf uit Gent dat software maakt voor ziekenhuizen. Nu hebben we meer mensen nodig en we hopen dat je erbij komt.',
  ],
];
