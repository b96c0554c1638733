/**
 * A short ad of each language, written for the language probes: a task line, the sentence under
 * test, and a call to apply, so the document reads as a posting in that language.
 */
export const PROBE_ADS: Record<string, (body: string) => string> = {
  en: (b) => `Your tasks\n- You answer our customers by phone and email\n${b}\nApply now with your CV.`,
  de: (b) =>
    `Deine Aufgaben\n- Du berätst unsere Kunden am Telefon und per E-Mail\n${b}\nBewirb dich jetzt mit deinem Lebenslauf.`,
  fr: (b) =>
    `Vos missions\n- Vous répondez aux clients par téléphone et par e-mail\n${b}\nPostulez dès maintenant avec votre CV.`,
  es: (b) =>
    `Tus funciones\n- Atender a los clientes por teléfono y por correo\n${b}\nEnvía tu CV y únete a nuestro equipo.`,
  it: (b) => `Le tue mansioni\n- Assistenza ai clienti al telefono e per email\n${b}\nInvia il tuo CV e candidati ora.`,
  pt: (b) => `As suas funções\n- Apoiar os clientes por telefone e por email\n${b}\nEnvie o seu CV e candidate-se já.`,
  nl: (b) => `Wat ga je doen\n- Je helpt onze klanten via telefoon en e-mail\n${b}\nSolliciteer nu met je cv.`,
  pl: (b) => `Twoje zadania\n- Obsługa klientów przez telefon i e-mail\n${b}\nAplikuj teraz i wyślij nam swoje CV.`,
  cs: (b) =>
    `Hledáme kolegu, který se rád učí a je spolehlivý.\nNáplň práce\n- Komunikace se zákazníky po telefonu a e-mailem\n${b}\nPošlete nám svůj životopis.`,
  sk: (b) => `Náplň práce\n- Komunikácia so zákazníkmi cez telefón a e-mail\n${b}\nPošlite nám svoj životopis.`,
  hu: (b) =>
    `Olyan kollégát keresünk, aki szeret csapatban dolgozni és megbízható.\nFeladatok\n- Ügyfelek kiszolgálása telefonon és e-mailben\n${b}\nKüldd el nekünk az önéletrajzod.`,
  ro: (b) =>
    `Căutăm un coleg care să fie de încredere și care să lucreze bine în echipă.\nResponsabilități\n- Oferi suport clienților prin telefon și e-mail\n${b}\nTrimite-ne CV-ul tău și aplică acum.`,
  bg: (b) =>
    `Търсим колега, който е отговорен и обича да работи в екип.\nОтговорности\n- Обслужване на клиенти по телефон и имейл\n${b}\nИзпратете ни вашата автобиография.`,
  el: (b) => `Αρμοδιότητες\n- Εξυπηρέτηση πελατών μέσω τηλεφώνου και email\n${b}\nΣτείλτε μας το βιογραφικό σας.`,
  hr: (b) =>
    `Tražimo kolegu koji je pouzdan i voli raditi u timu.\nOpis posla\n- Komunikacija s klijentima putem telefona i e-maila\n${b}\nPošaljite nam svoj životopis.`,
  sl: (b) =>
    `Iščemo sodelavca, ki je zanesljiv in rad dela v ekipi.\nOpis dela\n- Komunikacija s strankami po telefonu in e-pošti\n${b}\nPošljite nam svoj življenjepis.`,
  sv: (b) =>
    `Arbetsuppgifter\n- Du hjälper våra kunder via telefon och mejl\n${b}\nSkicka din ansökan och ditt CV redan i dag.`,
  no: (b) => `Arbeidsoppgaver\n- Du hjelper kundene våre på telefon og e-post\n${b}\nSend søknad og CV i dag.`,
  da: (b) => `Arbejdsopgaver\n- Du hjælper vores kunder på telefon og mail\n${b}\nSend din ansøgning og dit CV i dag.`,
  fi: (b) => `Tehtävät\n- Palvelet asiakkaitamme puhelimessa ja sähköpostilla\n${b}\nLähetä hakemus ja CV jo tänään.`,
  et: (b) =>
    `Tööülesanded\n- Klientide teenindamine telefoni ja e-posti teel\n${b}\nSaada meile oma CV ja kandideeri kohe.`,
  lv: (b) =>
    `Mēs meklējam kolēģi, kas ir uzticams un kuram patīk strādāt komandā.\nPienākumi\n- Klientu apkalpošana pa tālruni un e-pastu\n${b}\nSūti mums savu CV un piesakies jau šodien.`,
  tr: (b) =>
    `Görev tanımı\n- Müşterilerimize telefon ve e-posta ile destek vermek\n${b}\nÖzgeçmişinizi bize gönderin ve hemen başvurun.`,
  lt: (b) =>
    `Ieškome kolegos, kuris yra patikimas ir mėgsta dirbti komandoje.\nPareigos\n- Klientų aptarnavimas telefonu ir el. paštu\n${b}\nSiųskite mums savo CV jau šiandien.`,
};
