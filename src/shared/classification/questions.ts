import type { Aspect, ConsequenceCategory, Level } from './aspects.js';

/**
 * The guided classification questionnaire (DOMAIN §4), written for information owners who are not
 * security specialists. All text is Värn's own; Swedish first, with an English twin of the same meaning.
 */
type Bilingual = { sv: string; en: string };

/** What a loss of one aspect means, in plain words, shown before its questions. */
export interface AspectIntro {
  title: Bilingual;
  question: Bilingual;
  hint: Bilingual;
}

export const aspectIntros: Record<Aspect, AspectIntro> = {
  K: {
    title: { sv: 'Konfidentialitet: fel personer får se informationen', en: 'Confidentiality: the wrong people see the information' },
    question: {
      sv: 'Vad händer om någon som inte har rätt till informationen får läsa, kopiera eller sprida den?',
      en: 'What happens if someone who has no right to the information gets to read, copy or spread it?',
    },
    hint: {
      sv: 'Tänk på en kollega utan tjänstebehov, en journalist, en bedragare eller en person som vill skada någon. Spelar det roll hur många som berörs?',
      en: 'Think of a colleague with no business need, a journalist, a fraudster or someone who wants to harm a person. Does it matter how many people are affected?',
    },
  },
  R: {
    title: { sv: 'Riktighet: informationen är fel eller förstörd', en: 'Integrity: the information is wrong or destroyed' },
    question: {
      sv: 'Vad händer om informationen är felaktig, har ändrats utan lov eller har förstörts?',
      en: 'What happens if the information is wrong, has been changed without permission or has been destroyed?',
    },
    hint: {
      sv: 'Tänk både på misstag och på avsiktlig manipulation: ett ändrat belopp, en förväxlad person, ett raderat beslut. Hur snabbt skulle någon märka felet?',
      en: 'Think of both mistakes and deliberate tampering: a changed amount, a mixed-up person, a deleted decision. How quickly would anyone notice?',
    },
  },
  T: {
    title: { sv: 'Tillgänglighet: informationen går inte att nå', en: 'Availability: the information cannot be reached' },
    question: {
      sv: 'Vad händer om ni inte kommer åt informationen när ni behöver den, under timmar, dagar eller en vecka?',
      en: 'What happens if you cannot get to the information when you need it, for hours, days or a week?',
    },
    hint: {
      sv: 'Tänk på ett IT-avbrott. Hur länge klarar ni er med papper och telefon? Vad har hänt efter fyra timmar, ett dygn, tre dygn och en vecka?',
      en: 'Think of an IT outage. How long can you manage with paper and phone? What has happened after four hours, one day, three days and a week?',
    },
  },
  S: {
    title: { sv: 'Spårbarhet: ingen kan säga vem som gjorde vad', en: 'Traceability: nobody can tell who did what' },
    question: {
      sv: 'Vad händer om ni inte kan ta reda på vem som har läst, ändrat eller tagit bort informationen, och när?',
      en: 'What happens if you cannot find out who read, changed or deleted the information, and when?',
    },
    hint: {
      sv: 'Tänk på ett klagomål, en tvist eller ett misstänkt dataintrång där ni måste kunna visa vem som gjorde vad och med vilken behörighet.',
      en: 'Think of a complaint, a dispute or a suspected intrusion where you have to show who did what, and with which permissions.',
    },
  },
};

/** One plain-language question per aspect and consequence category; the worst answer decides the level. */
export const classificationQuestions: Record<Aspect, Record<ConsequenceCategory, Bilingual>> = {
  K: {
    financial: {
      sv: 'Om obehöriga fick ta del av informationen, hur stora kostnader kunde kommunen få, till exempel för bedrägerier, skadestånd eller sanktionsavgifter?',
      en: 'If unauthorised people saw the information, how large could the municipality’s costs become, for example from fraud, damages or administrative fines?',
    },
    operations: {
      sv: 'Om informationen läckte ut, hur mycket skulle det störa verksamheten, till exempel om planer måste göras om eller arbete avbrytas?',
      en: 'If the information leaked, how much would it disrupt the work, for example if plans had to be redone or work stopped?',
    },
    law: {
      sv: 'Om obehöriga fick läsa informationen, hur allvarligt skulle det bryta mot sekretess, dataskyddsregler eller avtal?',
      en: 'If unauthorised people read the information, how seriously would that breach secrecy rules, data-protection rules or contracts?',
    },
    trust: {
      sv: 'Om informationen läckte ut, hur mycket skulle invånarnas, medarbetarnas eller samarbetspartnernas förtroende för kommunen skadas?',
      en: 'If the information leaked, how much would residents, staff or partners lose trust in the municipality?',
    },
    others: {
      sv: 'Om obehöriga fick tillgång till informationen, hur illa kunde det gå för företag, föreningar, andra myndigheter eller samhället i stort?',
      en: 'If unauthorised people got hold of the information, how badly could it go for businesses, associations, other authorities or society at large?',
    },
    person: {
      sv: 'Om obehöriga fick läsa informationen, hur illa kunde det gå för en enskild persons liv, hälsa eller rättigheter?',
      en: 'If unauthorised people read the information, how badly could it go for an individual’s life, health or rights?',
    },
    environment: {
      sv: 'Om informationen hamnade i fel händer, hur stor miljöskada kunde den användas till, till exempel sabotage mot vatten- eller avloppsanläggningar?',
      en: 'If the information fell into the wrong hands, how much environmental damage could it be used for, for example sabotage of water or sewage plants?',
    },
  },
  R: {
    financial: {
      sv: 'Om informationen var felaktig eller manipulerad, hur stora ekonomiska förluster kunde det leda till, till exempel utbetalningar till fel mottagare?',
      en: 'If the information were wrong or tampered with, how large could the financial losses be, for example payments to the wrong recipient?',
    },
    operations: {
      sv: 'Om informationen var fel eller förstörd, hur mycket skulle det störa verksamheten innan felet upptäcktes och rättades?',
      en: 'If the information were wrong or destroyed, how much would it disrupt the work before the error was found and corrected?',
    },
    law: {
      sv: 'Om informationen var felaktig, hur allvarligt kunde kommunen bryta mot lag eller avtal, till exempel genom att fatta beslut på fel underlag?',
      en: 'If the information were wrong, how seriously could the municipality breach law or contract, for example by deciding on the wrong basis?',
    },
    trust: {
      sv: 'Om felaktig eller manipulerad information publicerades eller låg till grund för beslut, hur mycket skulle förtroendet för kommunen skadas?',
      en: 'If wrong or tampered information were published or used for decisions, how much would trust in the municipality suffer?',
    },
    others: {
      sv: 'Om informationen var felaktig, hur illa kunde det gå för andra som litar på den, till exempel företag, föreningar eller räddningstjänsten?',
      en: 'If the information were wrong, how badly could it go for others who rely on it, for example businesses, associations or the fire and rescue service?',
    },
    person: {
      sv: 'Om informationen var fel, till exempel en ändrad dos eller en förväxlad person, hur illa kunde det gå för någons liv, hälsa eller rättigheter?',
      en: 'If the information were wrong, for example a changed dose or a mixed-up person, how badly could it go for someone’s life, health or rights?',
    },
    environment: {
      sv: 'Om mätvärden, styrvärden eller annan information var felaktig eller manipulerad, hur stor miljöskada kunde uppstå?',
      en: 'If readings, set points or other information were wrong or tampered with, how much environmental damage could follow?',
    },
  },
  T: {
    financial: {
      sv: 'Om informationen inte gick att nå under timmar eller dagar, hur stora kostnader kunde det ge, till exempel för övertid, förseningsavgifter eller inhyrd hjälp?',
      en: 'If the information could not be reached for hours or days, how large could the costs be, for example overtime, late-payment fees or hired help?',
    },
    operations: {
      sv: 'Om informationen var borta i fyra timmar, ett dygn eller en vecka, hur länge kan verksamheten fortsätta innan den inte längre klarar sitt uppdrag?',
      en: 'If the information were gone for four hours, a day or a week, how long could the work go on before it could no longer do its job?',
    },
    law: {
      sv: 'Om informationen inte gick att nå i timmar eller dagar, hur allvarligt kunde kommunen bryta mot lagstadgade tidsfrister, lag eller avtal?',
      en: 'If the information could not be reached for hours or days, how seriously could the municipality miss statutory deadlines or breach law or contract?',
    },
    trust: {
      sv: 'Om en tjänst som bygger på informationen låg nere i timmar eller dagar, hur mycket skulle förtroendet för kommunen skadas?',
      en: 'If a service that depends on the information were down for hours or days, how much would trust in the municipality suffer?',
    },
    others: {
      sv: 'Om informationen var otillgänglig i timmar eller dagar, hur illa kunde det gå för andra, till exempel företag, vårdgivare eller samhällsviktig verksamhet?',
      en: 'If the information were unavailable for hours or days, how badly could it go for others, for example businesses, care providers or essential services?',
    },
    person: {
      sv: 'Om informationen inte gick att nå i timmar eller dagar, till exempel hemtjänstens besökslistor, hur illa kunde det gå för någons liv, hälsa eller rättigheter?',
      en: 'If the information could not be reached for hours or days, for example home care’s visit lists, how badly could it go for someone’s life, health or rights?',
    },
    environment: {
      sv: 'Om informationen eller styrningen var borta i timmar eller dagar, till exempel larm från ett reningsverk, hur stor miljöskada kunde uppstå?',
      en: 'If the information or the controls were gone for hours or days, for example alarms from a sewage plant, how much environmental damage could follow?',
    },
  },
  S: {
    financial: {
      sv: 'Om ni inte kunde visa vem som gjorde vad, till exempel vem som godkände en betalning, hur stora ekonomiska förluster kunde det leda till?',
      en: 'If you could not show who did what, for example who approved a payment, how large could the financial losses be?',
    },
    operations: {
      sv: 'Om ni inte kunde spåra vem som har läst eller ändrat informationen, hur mycket skulle det försvåra arbetet med att hitta och rätta fel?',
      en: 'If you could not trace who read or changed the information, how much harder would it be to find and correct errors?',
    },
    law: {
      sv: 'Om ni inte kunde visa vem som läst eller ändrat informationen, hur allvarligt skulle det bryta mot krav på loggning och kontroll i lag eller avtal?',
      en: 'If you could not show who read or changed the information, how seriously would that breach logging and control requirements in law or contract?',
    },
    trust: {
      sv: 'Om ni inte kunde svara på vem som har tagit del av eller ändrat informationen, hur mycket skulle förtroendet för kommunen skadas?',
      en: 'If you could not answer who had seen or changed the information, how much would trust in the municipality suffer?',
    },
    others: {
      sv: 'Om det inte gick att spåra vem som gjorde vad, hur illa kunde det gå för andra som behöver att kommunen kan redovisa vad som hänt?',
      en: 'If nobody could trace who did what, how badly could it go for others who need the municipality to account for what happened?',
    },
    person: {
      sv: 'Om ni inte kunde visa vem som läst eller ändrat uppgifter om en person, hur illa kunde det gå för personens möjlighet att hävda sina rättigheter?',
      en: 'If you could not show who read or changed details about a person, how badly could it affect that person’s ability to assert their rights?',
    },
    environment: {
      sv: 'Om det inte gick att spåra vem som ändrat styrningar eller mätvärden, hur svårt skulle det bli att stoppa eller utreda en miljöskada?',
      en: 'If nobody could trace who changed controls or readings, how hard would it be to stop or investigate environmental damage?',
    },
  },
};

/** What each level means for a municipality, per consequence category, with concrete examples. */
export const levelExamples: Record<ConsequenceCategory, Record<Level, Bilingual>> = {
  financial: {
    0: { sv: 'Ingen eller obetydlig kostnad, under 10 000 kr.', en: 'No cost, or an insignificant one below SEK 10,000.' },
    1: {
      sv: 'En kostnad som ryms i enhetens budget, ungefär 10 000–250 000 kr.',
      en: 'A cost the unit’s budget can absorb, roughly SEK 10,000–250,000.',
    },
    2: {
      sv: 'En kostnad som förvaltningen måste omfördela pengar för, ungefär 250 000–5 miljoner kr.',
      en: 'A cost the department has to move money to cover, roughly SEK 250,000–5 million.',
    },
    3: {
      sv: 'En kostnad över 5 miljoner kr som påverkar hela kommunens ekonomi och kräver beslut i kommunstyrelsen eller fullmäktige.',
      en: 'A cost above SEK 5 million that affects the whole municipality’s finances and needs a decision by the executive board or council.',
    },
    4: {
      sv: 'Förluster så stora att kommunen under flera år inte kan fullgöra sina grundläggande uppgifter.',
      en: 'Losses so large that the municipality cannot carry out its basic duties for several years.',
    },
  },
  operations: {
    0: { sv: 'Verksamheten märker knappt något och kan arbeta som vanligt.', en: 'The work barely notices and carries on as usual.' },
    1: {
      sv: 'Enstaka arbetsuppgifter försenas några timmar och kan tas igen under veckan.',
      en: 'A few tasks are delayed by some hours and can be caught up within the week.',
    },
    2: {
      sv: 'En enhet får arbeta med papper och telefon i ett dygn, till exempel hemtjänstens planering, och efterregistrera allt i efterhand.',
      en: 'A unit has to work on paper and phone for a day, for example home-care planning, and re-enter everything afterwards.',
    },
    3: {
      sv: 'Flera förvaltningar står still i dagar: hemtjänsten kan inte planera besök och ventilationen stannar i kommunens lokaler.',
      en: 'Several departments stand still for days: home care cannot plan visits and ventilation stops in municipal buildings.',
    },
    4: {
      sv: 'Kommunens samhällsviktiga verksamhet slutar fungera under lång tid och krisledningen kan inte längre styra läget.',
      en: 'The municipality’s essential services stop working for a long time and crisis management can no longer control the situation.',
    },
  },
  law: {
    0: { sv: 'Inget brott mot lag, förordning eller avtal.', en: 'No breach of law, regulation or contract.' },
    1: {
      sv: 'Ett mindre avsteg, till exempel en handling som lämnas ut för sent eller ett avtalsvillkor som bryts utan vite.',
      en: 'A minor deviation, for example a document released late or a contract term broken without a penalty.',
    },
    2: {
      sv: 'Ett brott mot sekretess eller dataskyddsregler som ska anmälas till IMY, eller ett avtalsbrott med vite.',
      en: 'A breach of secrecy or data-protection rules that must be reported to IMY, or a breach of contract with a penalty.',
    },
    3: {
      sv: 'Ett allvarligt lagbrott med sanktionsavgift, skadestånd eller åtal, till exempel att sekretessbelagda uppgifter om många personer röjs.',
      en: 'A serious breach of law leading to fines, damages or prosecution, for example confidential details about many people being disclosed.',
    },
    4: {
      sv: 'Brott mot säkerhetsskyddslagen eller andra regler som skyddar Sveriges säkerhet.',
      en: 'A breach of the Protective Security Act or other rules that protect Sweden’s national security.',
    },
  },
  trust: {
    0: { sv: 'Ingen utanför kommunen märker något.', en: 'Nobody outside the municipality notices anything.' },
    1: {
      sv: 'Enstaka klagomål från invånare eller ett inlägg i sociala medier som snart glöms bort.',
      en: 'A few complaints from residents or a social-media post that is soon forgotten.',
    },
    2: {
      sv: 'En artikel i lokaltidningen och frågor från politiker; kommunen måste förklara sig offentligt.',
      en: 'An article in the local newspaper and questions from politicians; the municipality has to explain itself in public.',
    },
    3: {
      sv: 'Rikstäckande medier bevakar händelsen i flera dagar, invånare slutar lita på kommunens tjänster och ansvariga kan behöva avgå.',
      en: 'National media cover the event for days, residents stop trusting the municipality’s services and those responsible may have to resign.',
    },
    4: {
      sv: 'Förtroendet för kommunen och för svenska myndigheter skadas långsiktigt, även utomlands.',
      en: 'Trust in the municipality and in Swedish authorities is damaged for a long time, abroad as well.',
    },
  },
  others: {
    0: { sv: 'Ingen påverkan på andra än kommunen själv.', en: 'No effect on anyone but the municipality itself.' },
    1: {
      sv: 'Ett fåtal företag eller föreningar får merarbete eller mindre kostnader.',
      en: 'A few businesses or associations get extra work or small costs.',
    },
    2: {
      sv: 'Många invånare eller företag drabbas, till exempel av bygglov eller utbetalningar som försenas i flera veckor.',
      en: 'Many residents or businesses are affected, for example by building permits or payments delayed for several weeks.',
    },
    3: {
      sv: 'Samhällsviktiga funktioner slås ut, till exempel dricksvatten eller fjärrvärme i en hel tätort under flera dygn.',
      en: 'Essential functions fail, for example drinking water or district heating for a whole town over several days.',
    },
    4: {
      sv: 'Skada som hotar hela samhällets funktion eller Sveriges säkerhet.',
      en: 'Harm that threatens the functioning of society as a whole or Sweden’s national security.',
    },
  },
  person: {
    0: { sv: 'Ingen person påverkas.', en: 'No person is affected.' },
    1: {
      sv: 'En person känner obehag eller irritation, till exempel när en adress eller ett telefonnummer sprids.',
      en: 'A person feels discomfort or irritation, for example when an address or phone number is spread.',
    },
    2: {
      sv: 'En person lider skada som tar tid att reparera, till exempel förlorad inkomst, en kränkning eller ett felaktigt beslut om bistånd.',
      en: 'A person suffers harm that takes time to repair, for example lost income, a violation of privacy or a wrong decision on assistance.',
    },
    3: {
      sv: 'En persons liv eller hälsa är i fara, till exempel när en skyddad identitet röjs eller ett läkemedel ges i fel dos.',
      en: 'A person’s life or health is at risk, for example when a protected identity is revealed or a medicine is given in the wrong dose.',
    },
    4: {
      sv: 'Många människors liv eller hälsa hotas samtidigt.',
      en: 'The lives or health of many people are threatened at the same time.',
    },
  },
  environment: {
    0: { sv: 'Ingen påverkan på miljön.', en: 'No effect on the environment.' },
    1: {
      sv: 'En lokal och kortvarig påverkan som snabbt går att åtgärda, till exempel ett litet spill i en dagvattenbrunn.',
      en: 'A local, short-lived effect that is quickly put right, for example a small spill into a storm drain.',
    },
    2: {
      sv: 'Ett utsläpp som måste saneras och anmälas till tillsynsmyndigheten, till exempel orenat avloppsvatten i en bäck under några timmar.',
      en: 'A release that must be cleaned up and reported to the supervisory authority, for example untreated sewage in a stream for a few hours.',
    },
    3: {
      sv: 'Långvarig skada på ett större område, till exempel förorenat dricksvatten eller ett stort utsläpp i en sjö.',
      en: 'Lasting damage over a larger area, for example contaminated drinking water or a large release into a lake.',
    },
    4: {
      sv: 'Omfattande och bestående skada på miljön i en hel region.',
      en: 'Extensive and permanent damage to the environment of a whole region.',
    },
  },
};

/** Asked first: a yes stops the flow, because such information is handled outside Värn. */
export const nationalSecurityQuestion: { question: Bilingual; explanation: Bilingual } = {
  question: {
    sv: 'Kan informationen ha betydelse för Sveriges säkerhet, till exempel uppgifter om skyddsobjekt, totalförsvarsplanering eller sårbarheter i samhällsviktiga anläggningar?',
    en: 'Could the information matter to Sweden’s national security, for example details of protected sites, total-defence planning or weaknesses in essential facilities?',
  },
  explanation: {
    sv: 'Om du svarar ja ska du inte klassa informationen här. Ärendet lämnas till kommunens säkerhetsskyddschef, som avgör om säkerhetsskyddslagen gäller och hur informationen ska hanteras. Skriv inga sådana uppgifter i Värn.',
    en: 'If you answer yes, do not classify the information here. The case goes to the municipality’s protective-security officer, who decides whether the Protective Security Act applies and how the information is to be handled. Do not enter any such details in Värn.',
  },
};
