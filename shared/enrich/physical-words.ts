// Occupations done in person (ISCO-like groups), as job titles name them in the languages of
// Europe's job markets. Written as stems, folded like tokens at load:
//   word    the whole word ("kok", "lege": short words that start other words)
//   stem*   a word starting with it ("cleaner", "cleaning"; "nauczyciel", "nauczycielka")
//   *stem*  anywhere in a word: the head of a compound ("Lagermitarbeiter", "keittiöapulainen")
// A space joins words ("agent de securite"). A stem is at least two letters.

export const PHYSICAL_GROUPS: Record<string, string> = {
  cleaning: `
    clean* housekeep* janitor* custodian* *reinigung* *reiniger* raumpfleg* putzkraft* hauswirtschaft*
    nettoyage* menage* proprete* entretien* limpi* pulizi* pulitor* limpeza* *schoonma* glazenwasser*
    sprzata* uklid* uklize* upratov* takarit* curaten* чистач* хигиенист* καθαρ* cistac* cistil* spremac*
    snazil* stadare* stadning* stadpersonal* lokalvard* *renhold* *rengor* *siivo* koristaja* apkopej*
    uzkopej* valytoj* *rasting*
  `,
  warehouse: `
    warehouse* picker* packer* forklift* *lager* *versand* kommissionier* *stapler* magasinier* cariste*
    manutention* almacen* carretiller* *magazzin* carrellist* mulettist* armazem* empilhador* *magazijn*
    orderpicker* heftruck* magazyn* wozk* kompletac* sklad* raktar* depozit* stivuitor* склад* αποθηκ*
    skladist* skladisc* truckforare* *varasto* noliktav* sandel* targonca* reachtruck* laotoot* laomees* laoabi*
  `,
  driving: `
    driver* courier* chauffeur* chauffor* chauffør* *fahrer *fahrerin zusteller* kurier* livreur*
    conducteur* conductor* chofer* repartidor* camioner* autista fattorino* motorista* estafeta* bezorger*
    koerier* kierowc* ridic* vodic* sofor* gepkocsivezeto* futar* sofer* curier* шофьор* куриер* οδηγ*
    διανομ* vozac* voznik* *forare sjafør* *kuljettaja* lahetti* *autojuht* soferis* *autovaditaj*
    *vairuotoj* bilstjor*
  `,
  construction: `
    *construction_worker* labourer* laborer* bricklayer* carpenter* joiner* plumber* electrician* welder*
    painter* roofer* plasterer* scaffold* tiler* glazier* groundwork* excavator* foreman* *bauarbeiter*
    *bauhelfer* bauleiter* *tiefbau* *hochbau* *strassenbau* maurer* zimmerer* tischler* schreiner*
    dachdecker* *elektriker* installateur* klempner* *schweisser* maler* fliesenleger* trockenbau*
    *gerustbau* *monteur* *mechaniker* *mechatroniker* *techniker* handwerker* *helfer *helferin hausmeister*
    bagger* polier charpentier* menuisier* plombier* electricien* soudeur* peintre* couvreur*
    plaquiste* carreleur* chantier* ouvrier* manoeuvre* manœuvre* technicien* mecanicien* frigorist* chauffagist*
    albanil* carpinter* fontaner* electricist* soldador* pintor* peon encofrador* operario* mantenimiento*
    mecanico* montador* instalador* muratore* carpentier* idraulic* elettricist* saldator* imbianchin*
    operai* manoval* manutentor* manutenzione* montator* installator* meccanic* cantier* edile pedreiro*
    carpinteiro* canalizador* eletricist* servente* serralheir* manutencao* timmerman* metselaar* loodgieter*
    elektricien* lasser* schilder dakdekker* stukadoor* tegelzetter* bouwvakker* grondwerk* stratenmaker*
    murarz* ciesla* stolarz* hydraulik* elektryk* spawacz* malarz* dekarz* tynkarz* glazurnik* płytkarz*
    regipsiarz* monter* montaz* robotnik* budowlan* budowy budowie mechanik* slusarz* zednik* tesar*
    truhlar* instalater* elektrikar* svarec* malir* pokryvac* *delnik* stavb* murar* stolar* zvarac*
    maliar* zamocnik* zamecnik* komuves* acs asztalos* *szerelo* hegeszto* burkolo* *munkas* karbantarto*
    lakatos* zidar* dulgher* tamplar* instalator* sudor* zugrav* muncitor* mecanic* lacatus* faiantar*
    зидар* дърводел* кофражист* водопроводчик* електромонтьор* заварчик* бояджия* строител* работник*
    монтажник* механик* шлосер* οικοδομ* ηλεκτρολογ* υδραυλικ* ελαιοχρωματιστ* συγκολλητ* εργατ* τεχνιτ*
    ξυλουργ* elektricar* zavarivac* soboslikar* radnik* mehanicar* bravar* keramicar* mizar*
    varilec* pleskar* delavec* delavk* kljucavnicar* byggarbetare* *snickare* murare* rormokare*
    svetsare* malare* taklaggare* plattsattare* *anlaggningsarbet* *markarbet* *montor* *mekaniker* *tekniker*
    fastighetsskotare* vaktmastare* *bygningsarbeid* *snekker* murer* rørlegger* sveiser* *anleggsarbeid*
    fagarbeider* *montør* *tømrer* vvs svejser* *anlægsarbejd* håndværker* pedel rakennus* kirvesmies*
    muurari* putkimies* sahkomies* *asentaja* hitsaaja* maalari* mekaanikko* huoltomies* *tooline*
    keevitaja* lukksepp* celtniek* *stradniek* murniek* galdniek* santehnik* elektrikis* metinataj*
    krasotaj* *montetaj* atslegdniek* statybinink* *darbinink* murinink* dailid* elektrikas* suvirintoj*
    dazytoj* montuotoj* smiður* gardener* landscaper* *gartner *gartnerin jardinier* jardiner* giardinier*
    jardineir* hovenier* ogrodnik* zahradnik* kertesz* gradinar* градинар* κηπουρ* vrtlar* vrtnar*
    tradgardsarbet* puutarhuri* aednik* darzniek* sodinink* skogsarbet* metsuri* *fizyczn*
  `,
  factory: `
    factory fabrik* fabriek* fabryk* fabrica* fabbrica* фабрик* tehdas* tehtaa* tehas* rupnic* gamykl*
    gamyb* usine* machinist* cnc lathe* rectifieur* tourneur* fraiseur* usineur* ajusteur* chaudronnier*
    regleur* *operateur_de_production* *operateur_machine* *conducteur_de_ligne* *agent_de_fabrication*
    *machine_operator* *production_operator* *production_worker* *assembly_worker* *produktionsmitarbeit*
    *produktionshelfer* *produktionsarbet* *produktionsmedarb* *produksjonsmedarb* *produksjonsarbeid*
    *productiemedewerk* *produktionsoperat* *produksjonsoperat* *maskinoperat* *processoperat*
    *prosessoperat* *procesoperat* *machineoperator* *productieoperator* *maschinenbedien* *maschinenfuhrer*
    *anlagenfahrer* *montagewerker* *produktionswerker* *montagemitarbeit* *montagehelfer* dreher* zerspan*
    schleifer* tornero* fresador* mecanizado* tornitor* fresator* attrezzist* *addetto_alla_produzione*
    *addetto_produzione* *operatore_di_produzione* *operatore_macchin* *operador_de_producao*
    *operador_de_produccion* *operador_de_maquina* fabril* torneir* draaier* frezer* *operator_produkcji*
    *operator_maszyn* *operator_linii* *pracownik_produkcji* tokarz* szlifierz* obrabec* obrabac*
    soustruznik* sustruznik* frezar* brusic* *operator_vyroby* *pracovnik_vyroby* gepkezelo* esztergalyos*
    *operator_productie* strungar* frezor* *оператор_на_машин* стругар* фрезист* производств* χειριστ*
    τορναδορ* strojobravar* tokar* glodac* strugar* rezkalec* svarvare* industriarbetare* dreier* smed
    koneistaja* koneenasettaja* tuotantotyo* kokoonpanija* treial* freesija* virpotaj* tekintoj*
    frezuotoj*
  `,
  kitchen: `
    cook cooks chef_de_cuisine* chef_de_partie* sous_chef* head_chef* pastry_chef* commis
    kitchen* dishwasher* waiter* waitress* bartender* barista* baker bakers butcher* catering*
    koch köchin kochin *kuche* kuchen* kellner* servicekraft* backer *backerei* metzger* fleischer* spuler*
    barkeeper* restaurantfach* systemgastronom* cuisinier* cuisine serveur serveuse plongeur* boulanger*
    patissier* boucher* barman* restauration cocinero* cocina camarer* panader* carnicer* friegaplatos*
    pastelero* cuoco cuoca cuochi cucina cameriere* cameriera* pizzaiol* lavapiatti* panettier* pasticcer*
    cozinheir* cozinha empregado_de_mesa* empregada_de_mesa* padeiro* talhante* kok *keuken* bediening*
    ober afwas* bakker* slager* kucharz* kuchark* kuchni kuchenn* kelner* piekarz* cukiernik* zmywak*
    rzeznik* kuchar* kuchyn* cisnik* servirk* pekar* reznik* casnik* masiar* szakacs* konyha* felszolgalo*
    pincer* pek cukrasz* mosogato* hentes* bucatar* ospatar* brutar* cofetar* готвач* сервитьор* кухн*
    пекар* барман* μαγειρ* σερβιτορ* κουζιν* αρτοποι* kuhar* konobar* slasticar* natakar* kuhinj* kock*
    koksbitrade* servitor* servitris* bagare* diskare* restaurangbitrade* kokk* servitør* *kjøkken* *køkken*
    bager* tjener opvask* kokki* *keittio* tarjoilij* leipuri* ravintola* koogi* ettekandja* pagar* pavar*
    viesmil* barmen* konditor* virej* padavej* kepej* virtuv* agent_polyvalent* employe_polyvalent*
  `,
  shop: `
    sales_assistant* shop_assistant* retail_assistant* retail_associate* store_associate* cashier* store
    shop shelf* merchandiser* florist* hairdresser* barber* beautician* *verkaufer* kassierer* filiale*
    einzelhandel* friseur* regalauffull* vendeur* vendeuse* caissi* caisse magasin* coiffeu* dependient*
    cajer* reponedor* tienda* vendedor* peluquer* commesso* commessi cassier* addetto_vendita* addetta_vendita*
    scaffalist* negozio* parrucchier* loja repositor repositora* cabeleireir* verkoper* verkoopmedewerk* kassa*
    winkel* vakkenvuller* kapper* sprzedawc* kasjer* sklep* fryzjer* prodavac* pokladn* prodejna* prodejny prodejne kadernik*
    predavac* predajna* predajni elado* penztaros* bolti aruhaz* fodrasz* arufeltolto* vanzator* casier* magazin*
    *agent_de_vanzari* coafez* продавач* касиер* магазин* фризьор* πωλητ* καταστημ* κομμωτ* blagajn*
    trgovin* frizer* prodajal* butik* kassor* kassapersonal* frisor* frisør* ekspedient* myyja* myymala*
    kampaaja* *muuja* kauplus* pardevej* kasier* veikal* pardavej* kasinink* parduotuv* afgreiðsl*
    field_sales* aussendienst* handelsvertreter* buitendienst* commercial_terrain* przedstawiciel_handl*
    obchodni_zastupce* obchodny_zastupca* kereskedelmi_kepviselo* търговски_представител* terensk*
    faltsaljare* feltselger* kenttamyyja*
  `,
  care: `
    nurse nurses nursing* care_assistant* care_worker* carer* caregiver* support_worker* healthcare_assistant*
    midwi* paramedic* physiotherap* dentist* dental_nurse* pharmacist* veterinar* doctor physician* surgeon*
    radiographer* porter* home_help* domestic_helper* *krankenpfleg* *altenpfleg* *kinderpfleg* pflegefach*
    pflegehelfer* pflegekraft* pflegeassist* pflegedienst* heilerzieh* betreuungskraft* hebamme* ergotherap*
    logopad* zahnarzt* arzthelfer* tierarzt* tierpfleg* *sanitater* rettungssanit* notfallsanit* *arzt
    *arztin haushaltshilfe* infirmi* soignant* auxiliaire_de_vie* aide_a_domicile* sage_femme* kinesitherap*
    medecin* pharmacien* ambulancier* agent_de_service* enfermer* gerocultor* cuidador* medico medica
    fisioterapeut* celador* geriatri* infermier* socio_sanitari* badant* assistente_domiciliar* ostetric*
    farmacist* enfermeir* auxiliar_de_saude* ajudante_familiar* verpleeg* verzorg* zorgmedewerk*
    zorgassistent* zorgkundig* thuiszorg* huisarts* basisarts* tandarts* doktersassistent* apotheker*
    pielegniar* opiekunk* opiekun_osob* opiekun_medyczn* lekarz* ratownik* fizjoterapeut* polozn* salow*
    sanitariusz* stomatolog* dentyst* zdravotni_sestr* zdravotna_sestr* sestra pecovatel* osetrovatel*
    osetrovat* opatrovat* lekar* fyzioterapeut* zachranar* lekarnik* zubar* sanitar* apolo* *gondozo*
    *orvos* szulesz* gyogytornasz* gyogyszeresz* asistent_medical* asistenta_medical* ingrijitor* medic
    kinetoterapeut* moasa* brancardier* медицинска_сестр* болногледач* лекар* санитар* акушерк* фармацевт*
    рехабилитатор* домашни_помощ* домашна_помощ* νοσηλευτ* νοσοκομ* ιατρ* γιατρ* φυσικοθεραπευτ* φαρμακοποι* φροντιστ*
    medicinsk_sestr* medicinska_sestr* njegovatelj* lijecnik* primalj* ljekarnik* doktor bolnicar* negoval*
    zdravnik* fizioterapevt* babica farmacevt* *skoterska* vardbitrade* vardare* omsorg* personlig_assistent*
    hemtjanst* *lakare* barnmorsk* fysioterapeut* sjukgymnast* boendestod* *skotare* *sykepleie* helsefagarb*
    *pleier lege tannlege* jordmor* *vakt* vekter* sygeplejers* *plejer *sygepleje* *hjemmepleje* plejehjem*
    sosu* *sundhedsassist* *hjælper læge tandlæge* overlæge* jordemoder* sairaanhoit* lahihoitaj*
    perushoitaj* kodinhoitaj* kiinteistonhoitaj* kerroshoitaj* hoitaja hoitoapulai* hammashoitaj* *laakari*
    katilo* fysioterapeutti* hoiva* *hooldaja* ode arst perearst* hambaarst* fusioterapeut* ammaemand*
    medmas* aprupetaj* arsts* sanitar* fizioterapeit* vecmat* slaugytoj* slauge* gydytoj* kineziterapeut*
    akuser* vaistinink*
  `,
  childcare: `
    teacher* preschool* pre_school* kindergart* nursery* childcare* child_care* nanny* au_pair* teaching_assistant*
    lecturer* educator* early_years* *erzieher* kita* *lehrer* *lehrkraft* *padagog* kinderbetreu*
    tagesmutter* schulbegleit* enseignant* professeur* instituteur* institutrice* educateur* educatrice*
    puericult* maternell* creche* atsem profesor* profesora* maestr* educador* guarderia* ninera* docente*
    insegnant* educatore* educatori* asilo* infanzia* babysitter* tata professor* infancia* leerkracht*
    leraar* docent* onderwijsassistent* pedagogisch_medewerk* kinderopvang* gastouder* peuter* juf kleuter*
    nauczyciel* przedszkol* wychowaw* niania* złob* lektor* ucitel* vychovatel* pedagog* matersk* chuva*
    ucitel* vychovavatel* tanar* tanito* ovoda* ovono* dajka* bolcsode* invatator* educatoar* gradinit*
    bona учител* възпитател* детска_градин* детегледач* преподавател* εκπαιδευτικ* δασκαλ* καθηγητ*
    νηπιαγωγ* βρεφονηπιοκομ* παιδαγωγ* ucitelj* nastavnik* odgajatelj* odgojitelj* vrtic* dadilj*
    vzgojitelj* vrtec* varusk* *larare* lararvikari* lararassist* *forskol* elevassistent* *lærer* lektor*
    adjunkt* *barnehage* *miljøarbeid* *pædagog* *børnehave* vuggestue* *dagpleje* underviser* *opettaja*
    varhaiskasvat* lastentarha* *paivakoti* kouluavustaj* lehtori* *opetaja* *lasteaia* lasteaed* kasvataja*
    lapsehoidja* skolotaj* pirmsskolas* bernudarz* aukle mokytoj* aukletoj* darzeli* destytoj* *leikskol*
    kennar*
  `,
  reception: `
    receptionist* front_desk* hotel* housekeeping* concierge* room_attendant* chambermaid* doorman*
    security_guard* guard guards watchman* bouncer* door_supervisor* rezeption* empfang* hotelfach*
    zimmermadchen* portier* sicherheitsmitarbeit* sicherheitsdienst* wachmann* wachschutz* objektschutz*
    pfortner* werkschutz* receptionni* accueil* femme_de_chambre* valet* hotellerie* veilleur* *agent_de_securite*
    *agent_de_surete* gardien* vigile* ssiap recepcionist* camarera_de_pis* conserje* botones* portiere*
    portineri* *guardia_giurata* vigilanza* rececionist* empregada_de_andares* porteir* vigilante*
    baliemedewerk* huishoudelijk* beveiliger* recepcjonist* pokojow* ochroniarz* pracownik_ochrony* stroz*
    recepcn* pokojsk* vratn* strazn* ostraha* chyzn* recepcios* szobalany* portas* biztonsagi_or vagyonor*
    receptioner* camerist* portar* agent_de_paza* paznic* рецепционист* камериер* портиер* хотел*
    охран* пазач* ρεσεψιονιστ* υποδοχ* καμαριερ* ξενοδοχ* θυρωρ* φυλακ* σεκιουριτ* recepcioner* sobaric*
    portir* zastitar* cuvar* varnostnik* receptor* reception* hotell* resepsjon* stuepige* vastaanotto*
    hotelli* *vartija* jarjestyksenvalvoja* turvatootaja* valvur* toateenindaja* viesnic* istaben* apsargs*
    apsaugin* sargas viesbuc* viesbut* kambarin*
  `,
};

/**
 * Words of desk work: a title naming one is no physical job ("Warehouse Data Analyst", "Software
 * Engineer, Factory Automation", "Online English Teacher"), whatever else it names.
 */
export const DESK_WORDS = `
  software* develop* *entwickl* *utvecklare* *utvikler* *udvikler* *ontwikkel* developpeu* desarroll*
  svilupp* programm* programist* programat* programator* frontend* backend* fullstack* full_stack* devops*
  cloud* data* analy* consult* *berater* konsult* *konsulent* designer* marketing* recruit* rekryt* account*
  controller* buchhalt* kirjanpit* editor* writer* journalist* translat* *ubersetz* online* remote*
  virtual* e_learning* elearning* it ux ui engineer* *ingenieur* ingenieur* ingeniero* ingegner*
  engenheir* ingeniør* ingenjor* insinoori* insener* inzenyr* inzinier* inżynier* mernok* inginer*
  инженер* μηχανικ* inzenjer* inzenir* inzenier* inžinier* researcher* scientist* product products sap crm informati*
  informatyk* konstrukt* helpdesk* hotline*
`;

/** Physical stems that hold against a desk word: the work itself is out in the field. */
export const FIELD_WORDS = `
  field_service* field_engineer* field_technician* service_engineer* servicetechn* *servicemonteur*
  servicetekniker* maintenance_engineer* *aussendienst*
`;
