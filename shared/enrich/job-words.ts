import { foldedSet } from './tokenize';

/**
 * Words of job titles and of a board's field labels in each language, folded. A board's record is
 * often a title and a few fields ("Skladník / Lokalita: Plzeň / Typ úvazku: plný"): no function
 * words to count, but a reader still knows its language from these. A word two languages share
 * ("technik", "asistent") counts a share to each. Written from each language's usual job and
 * field vocabulary, not from any one ad.
 */
export const JOB_WORDS: Record<string, Set<string>> = {
  en: foldedSet(
    'engineer engineering developer scientist specialist representative associate analyst officer executive ' +
      'assistant technician worker driver nurse teacher accountant clerk coordinator contractor support ' +
      'customer sales research inside principal staff writer lead head remote part-time full-time intern ' +
      'internship graduate trainee apprentice operator advisor adviser agent cashier cleaner cook receptionist ' +
      'warehouse labourer laborer caregiver technologist recruiter paralegal bookkeeper strategist owner',
  ),
  de: foldedSet(
    'mitarbeiter mitarbeiterin sachbearbeiter sachbearbeiterin kaufmann kauffrau fachkraft leiter leiterin ' +
      'berater beraterin techniker technikerin ingenieur ingenieurin entwickler entwicklerin verkäufer verkäuferin ' +
      'fahrer fahrerin pfleger pflegerin helfer helferin referent referentin betreuer betreuerin ' +
      'ausbildung auszubildende werkstudent werkstudentin praktikant praktikantin teilzeit vollzeit ' +
      'lagerarbeiter lagermitarbeiter kundenberater kundenservice buchhalter buchhalterin erzieher erzieherin ' +
      'elektriker monteur monteurin koch köchin reinigungskraft stellvertretende ' +
      'arbeitsort einsatzort standort unternehmen arbeitgeber anstellungsart beschäftigungsart arbeitszeit ' +
      'vertragsart gehalt unbefristet befristet eintrittsdatum',
  ),
  fr: foldedSet(
    'ingénieur développeur développeuse chargé chargée commerciale technicien technicienne ' +
      'assistante conseiller conseillère vendeur vendeuse gestionnaire comptable alternance ' +
      'stagiaire chauffeur infirmier infirmière employé employée magasinier préparateur préparatrice ' +
      'cariste serveur serveuse cuisinier cuisinière soudeur électricien directeur directrice ' +
      'lieu entreprise employeur contrat salaire temps plein partiel cdi cdd horaires',
  ),
  es: foldedSet(
    'ingeniero ingeniera desarrollador desarrolladora asesor asesora vendedor vendedora contable dependiente ' +
      'dependienta camarero camarera conductor enfermero enfermera becario becaria prácticas jefe jefa mozo ' +
      'almacén técnico técnica operario operaria auxiliar administrativo administrativa cocinero cocinera ' +
      'limpiador limpiadora repartidor repartidora comercial consultor consultora programador programadora ' +
      'gerente encargado encargada ' +
      'ubicación empresa contrato tipo jornada salario completa parcial indefinido temporal experiencia ' +
      'idiomas provincia localidad',
  ),
  pt: foldedSet(
    'engenheiro engenheira desenvolvedor desenvolvedora assistente atendente estágio estagiário estagiária ' +
      'motorista enfermeiro enfermeira operador armazém técnico técnica auxiliar administrativo administrativa ' +
      'rececionista recepcionista cozinheiro cozinheira empregado empregada consultor consultora programador ' +
      'gestor gestora comercial vendedor vendedora ' +
      'localização empresa contrato tipo horário salário completo parcial efetivo termo experiência idiomas ' +
      'distrito localidade remuneração',
  ),
  ca: foldedSet(
    'mosso dependent dependenta comptable netejador netejadora treballador treballadora tècnic tècnica ' +
      'programador desenvolupador assessor assessora auxiliar administratiu administrativa cambrer cambrera ' +
      'cuiner cuinera enginyer enginyera muntador ' +
      'ubicació empresa contracte tipus jornada salari completa parcial indefinit experiència idiomes',
  ),
  it: foldedSet(
    'ingegnere sviluppatore sviluppatrice addetto addetta impiegato impiegata commerciale responsabile ' +
      'magazziniere autista infermiere consulente tirocinio stagista operaio operaia cameriere cameriera ' +
      'cuoco cuoca operatore operatrice tecnico tecnica programmatore saldatore elettricista ' +
      'sede azienda contratto orario retribuzione stipendio indeterminato determinato esperienza lingue luogo',
  ),
  nl: foldedSet(
    'medewerker medewerkster verkoper ontwikkelaar adviseur monteur chauffeur verpleegkundige stagiair ' +
      'vacature werkvoorbereider timmerman schoonmaker kok ' +
      'standplaats locatie werklocatie bedrijf werkgever dienstverband salaris uren tijdelijk opleidingsniveau',
  ),
  sv: foldedSet(
    'medarbetare säljare utvecklare handläggare samordnare lärare sjuksköterska undersköterska lagerarbetare ' +
      'chaufför kundtjänst ekonomiassistent arbetare montör elektriker svetsare kock servitör servitris ' +
      'städare konsult projektledare ' +
      'ort arbetsplats företag arbetsgivare anställningsform anställning arbetstid lön heltid deltid tillsvidare omfattning',
  ),
  no: foldedSet(
    'medarbeider selger utvikler rådgiver saksbehandler sykepleier lærer lagermedarbeider sjåfør arbeider ' +
      'montør elektriker sveiser kokk servitør renholder konsulent prosjektleder leder ' +
      'arbeidssted arbeidsgiver ansettelsesform stillingstype arbeidstid lønn heltid deltid',
  ),
  da: foldedSet(
    'medarbejder sælger udvikler rådgiver sagsbehandler sygeplejerske lærer lagermedarbejder arbejder ' +
      'montør elektriker svejser kok tjener rengøringsassistent konsulent projektleder leder ' +
      'arbejdssted virksomhed arbejdsgiver ansættelse ansættelsesform arbejdstid løn fuldtid deltid fastansættelse',
  ),
  is: foldedSet(
    'starfsmaður starfsmann starfsfólk bílstjóri sölumaður bókari ræstir tæknimaður forritari ráðgjafi ' +
      'aðstoðarmaður sérfræðingur verkstjóri þjónn matreiðslumaður kokkur verkfræðingur umsjónarmaður ' +
      'staðsetning fyrirtæki vinnustaður starfshlutfall laun fullt hlutastarf',
  ),
  fi: foldedSet(
    'myyjä kehittäjä asiantuntija suunnittelija sairaanhoitaja opettaja kuljettaja työntekijä asentaja ' +
      'sähköasentaja hitsaaja kokki tarjoilija siivooja konsultti projektipäällikkö esihenkilö päällikkö johtaja ' +
      'sijainti yritys työnantaja työsuhde työaika palkka kokoaikainen osa-aikainen vakituinen määräaikainen paikkakunta',
  ),
  et: foldedSet(
    'töötaja laotöötaja juht autojuht müüja müügiesindaja raamatupidaja koristaja programmeerija arendaja ' +
      'spetsialist juhataja ettekandja kokk insener monteerija operaator klienditeenindaja ' +
      'asukoht tööandja ettevõte tüüp tööaeg palk täistööaeg osaline tähtajatu leping',
  ),
  lv: foldedSet(
    'darbinieks darbiniece vadītājs vadītāja šoferis pārdevējs pārdevēja grāmatvedis grāmatvede apkopēja ' +
      'programmētājs izstrādātājs konsultants asistents asistente speciālists speciāliste menedžeris viesmīlis ' +
      'pavārs inženieris montētājs noliktavas ' +
      'atrašanās uzņēmums darba devējs veids slodze alga līgums pilna',
  ),
  lt: foldedSet(
    'sandėlininkas vairuotojas pardavėjas pardavėja buhalteris buhalterė valytoja valytojas darbuotojas ' +
      'darbuotoja technikas programuotojas konsultantas asistentas vadybininkas vadovas padavėjas padavėja ' +
      'virėjas inžinierius montuotojas specialistas operatorius sandėlio ' +
      'vieta įmonė darbdavys darbo pobūdis etatas atlyginimas sutartis',
  ),
  pl: foldedSet(
    'specjalista specjalistka kierownik sprzedawca sprzedawczyni programista księgowa księgowy kierowca pracownik ' +
      'magazynier asystent asystentka spawacz elektryk kucharz kelner kelnerka recepcjonista opiekunka ' +
      'pielęgniarka przedstawiciel handlowy doradca inżynier monter starszy młodszy ' +
      'lokalizacja miejsce pracy firma pracodawca umowa rodzaj etat wynagrodzenie wymiar pełny tryb ' +
      'doświadczenie zdalna hybrydowa stacjonarna',
  ),
  cs: foldedSet(
    'skladník řidič prodavač prodavačka účetní uklízeč uklízečka obsluha dělník technik programátor vývojář ' +
      'konzultant asistent asistentka referent referentka mistr svářeč zámečník elektrikář kuchař číšník ' +
      'servírka recepční pečovatelka sestra manažer vedoucí obchodní zástupce ' +
      'lokalita místo práce společnost zaměstnavatel úvazek smlouva mzda plat typ pracovní poměr',
  ),
  sk: foldedSet(
    'skladník vodič predavač predavačka účtovník účtovníčka upratovač upratovačka pracovník robotník technik ' +
      'programátor vývojár konzultant asistent asistentka referent majster zvárač zámočník elektrikár kuchár ' +
      'čašník čašníčka recepčná opatrovateľka sestra manažér vedúci obchodný zástupca ' +
      'lokalita miesto práce spoločnosť zamestnávateľ úväzok zmluva mzda plat druh pracovného pomeru',
  ),
  sl: foldedSet(
    'skladiščnik voznik prodajalec prodajalka računovodja čistilka čistilec delavec delavka tehnik programer ' +
      'razvijalec svetovalec svetovalka asistent referent mojster varilec ključavničar električar kuhar natakar ' +
      'natakarica receptor negovalka vodja zastopnik inženir monter sodelavec sodelavka komercialist samostojni ' +
      'kraj dela podjetje delodajalec vrsta zaposlitve delovni čas plača pogodba določen nedoločen',
  ),
  hr: foldedSet(
    'skladištar vozač prodavač prodavačica računovođa čistačica radnik radnica tehničar programer savjetnik ' +
      'savjetnica asistent referent majstor zavarivač bravar električar kuhar konobar konobarica recepcioner ' +
      'njegovateljica voditelj zastupnik inženjer monter suradnik suradnica komercijalist samostalni ' +
      'mjesto rada poslodavac vrsta zaposlenja radno vrijeme plaća ugovor neodređeno određeno',
  ),
  sr: foldedSet(
    'magacioner vozač prodavac prodavačica knjigovođa čistačica radnik radnica tehničar programer savetnik ' +
      'savetnica asistent referent majstor zavarivač bravar električar kuvar konobar konobarica recepcioner ' +
      'negovateljica rukovodilac zastupnik inženjer monter saradnik saradnica komercijalista ' +
      'mesto rada poslodavac vrsta zaposlenja radno vreme plata ugovor neodređeno određeno ' +
      'магационер возач продавац радник техничар програмер саветник конобар кувар инжењер сарадник ' +
      'место рада послодавац врста запослења радно време плата уговор',
  ),
  mk: foldedSet(
    'магационер возач продавач сметководител хигиеничар работник техничар програмер советник асистент ' +
      'референт менаџер раководител келнер готвач инженер монтер соработник ' +
      'локација компанија вработување работно време плата договор',
  ),
  bg: foldedSet(
    'складов работник шофьор продавач счетоводител чистач чистачка техник програмист консултант асистент ' +
      'специалист мениджър управител сервитьор готвач инженер монтажник оператор сътрудник ' +
      'място работа работодател вид заетост работно време заплата договор',
  ),
  ru: foldedSet(
    'кладовщик водитель продавец бухгалтер уборщик уборщица рабочий техник программист разработчик ' +
      'консультант ассистент специалист менеджер руководитель официант повар инженер монтажник оператор сотрудник ' +
      'место работы компания работодатель тип занятость занятости график зарплата',
  ),
  uk: foldedSet(
    'комірник водій продавець бухгалтер прибиральник прибиральниця робітник технік програміст розробник ' +
      'консультант асистент спеціаліст менеджер керівник офіціант кухар інженер монтажник оператор працівник ' +
      'місце роботи компанія роботодавець тип зайнятість зайнятості графік зарплата',
  ),
  hu: foldedSet(
    'raktáros sofőr eladó könyvelő takarító dolgozó munkatárs technikus programozó fejlesztő tanácsadó ' +
      'asszisztens ügyintéző ügyfélszolgálati műszakvezető hegesztő villanyszerelő szakács pincér recepciós ' +
      'ápoló ápolónő vezető mérnök szerelő betanított raktári ' +
      'munkavégzés helye helyszín cég munkáltató foglalkoztatás jellege munkaidő fizetés szerződés teljes ' +
      'részmunkaidő határozatlan',
  ),
  ro: foldedSet(
    'lucrător muncitor șofer vânzător vânzătoare contabil tehnician programator dezvoltator asistent ' +
      'asistentă inginer sudor electrician bucătar ospătar ospătară recepționer îngrijitor îngrijitoare șef ' +
      'locație angajator companie salariu normă întreagă perioadă nedeterminată oraș',
  ),
  tr: foldedSet(
    'personeli personel şoför satış danışmanı muhasebeci görevlisi işçi teknisyen yazılım geliştirici uzmanı ' +
      'uzman danışman asistan sorumlusu müdürü garson aşçı mühendis elemanı operatörü ' +
      'konum şirket işveren çalışma şekli zamanlı maaş sözleşme',
  ),
  mt: foldedSet(
    'ħaddiem ħaddiema xufier bejjiegħ kontabilist tekniku programmatur konsulent assistent maniġer kok ' +
      'wejter inġinier uffiċjal kumpanija impjieg paga xogħol',
  ),
};

/**
 * Languages that write a title as one compound ("Lagermitarbeiter", "varastotyöntekijä"): a word
 * that ends in one of their job words is that word.
 */
export const COMPOUNDING = new Set(['de', 'nl', 'sv', 'no', 'da', 'is', 'fi', 'et', 'hu']);
