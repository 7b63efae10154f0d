// English words that mark text as untranslated in a German target, derived from English news sources
// (frequent words, mostly written in lower case) minus every word the German hunspell dictionary accepts.

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(' ').filter(Boolean));

/** English function words: the strongest sign of an English run; none is a lower-case German word. */
export const englishFunctionWords = toSet(
  'about after again against and any are at be because been before being between both but by can could ' +
  'did do does down during each every few for from had has have he here his how if into is it its may ' +
  'might more must my no not now of off on only or other our out over own said same says she should ' +
  'some such than that the their them then there these they this those through to too under up very we ' +
  'were what when where which while who whom whose why with without would yes you your ',
);

/** Frequent English words that are no German word in any case ("government", "told"). */
export const englishOnlyWords = toSet(
  'the to of and that on is for said with it as have has at from are be by this his we who they been ' +
  'but their which you were had or one up about can its people would more there our year some if out ' +
  'two she into them years what when over like no than government could time do other being down old ' +
  'him told because get while any against how now around black where way then work world before country ' +
  'only those added very going life social week through during should even my take think home want ' +
  'officials since three including did long well family many day say called women much make off another ' +
  'know both between next found company health look according countries month really left children says ' +
  'good public days use used case five political members under go chief law reported high end help come ' +
  'fire four need across might security right former death took earlier whether group announced second ' +
  'following space own school investigation known change different federal here light coronavirus ' +
  'without cases evidence oil officers until ago control far attack force again number accused return ' +
  'mother things your charges six already companies side too among never election thing local why ' +
  'working important each able decision place something me went universe arrested large saying attacks ' +
  'away today leaders less small leader young third got hours little move workers recent yet ' +
  'impeachment actually night outside face income months within released dog area largest shot car ' +
  'making possible students give led event self must asked murder border ever sent does travel died ' +
  'holes taking taken issue using keep began expected forces based climate protesters late agency lives ' +
  'few money try risk body rights percent several believe measure others given despite claims claimed ' +
  'stop though official having woman wrote clear near search charged later series patients weapons ' +
  'release rabies quarantine provide crime comment course become further similar together came great ' +
  'pay campaign violence measures period th prison close doing pandemic chain recently cause ' +
  'authorities looking sanctions parents protect weeks events trial likely find ahead point cancer ' +
  'remain men mass visit tax allegedly age prevent officer concerns comes energy citizens numbers ' +
  'behind incident started better trying thousands deaths whose past goes chemical season enough round ' +
  'received done financial win current along study majority market gets wife viruses research leave ' +
  'inquiry son due intelligence executive getting head efforts facing rather pressure launched biggest ' +
  'natural record female continues showed thought allow common inequality emergency vote funding ' +
  'birthday particularly relationship food scheme demand idea disease wanted board line rules inside ' +
  'key makes previously offered issues brought early named seven armed cut policy building waiting ' +
  'living continue strong differences free issued attention forward treatment water tell true child ' +
  'step forced result dogs needed killed include impact described middle role suspected areas full ' +
  'particular increase trust wants every blood anyone happened acknowledged violent troops play met ' +
  'vehicle tweeted complaint agents plants care often staff offer turned growth member seeking ' +
  'community rich hard hope decades involved shooting killing returned posted development conference ' +
  'latest included born published daughter shared once mean politics medical benefits revealed loss ' +
  'process morning history question confirmed host especially soon always societies ensure calling ' +
  'themselves eye denied source immediately claim cannot bottom game needs ways drug sector amid ' +
  'legislation dangerous currently kingdom fears open appeal understand alleged responsible saw phone ' +
  'reason became itself holiday appeared politicians economic worse ended ask sure pictures himself ' +
  'candidate kids maybe fine tried sides nothing cities businesses probably reportedly allegations ' +
  'nearly coming capital urged laws respond heard related enforcement economy low attempt moving ' +
  'although threat warned speech passed founder employees products remove love towards actions strike ' +
  'raise ones viral places won alongside planned caused questions short spokesperson investigating ' +
  'longer honour husband girls capsid animal concern capacity anything heat fully talking tweet illness ' +
  'lockdown insect bear masks address powers caught message millions customers absolutely keeping ' +
  'raised sites giant create toward target threats guilty example deadly leading effect serious ' +
  'increasingly joined goal remains extremely noted friend fighting above movement heart continuing ' +
  'highest growing placed avoid collapse wrong seek ban firm damage present scientists daily difference ' +
  'scene activist crowd suicides available resources exciting dead effort points flight twice whistle ' +
  'sort groups nectar unequal hands compulsorily significant criminal covered determined playing ' +
  'practice safety hundreds drive below trade nuclear meet negotiations quickly huge owners everyone ' +
  'victims alone concluded understanding aid holidaymakers temporary tombs built worldwide feel ' +
  'experience spokesman brother ordered girl hour committed fear necessary spread southern declared ' +
  'elections date smaller scale ceremony means poor knows language stood stopped advice closer cells ' +
  'peace rescue linked welcome book focus re changed discovered galaxies decided nature approach ' +
  'buildings bodies begin coffee asking showing director looks degrees democracy transcript quarter ' +
  'tested species football passengers pick view worked abuse leaving whole behaviour receiving wave ' +
  'instead build network lower declined cost works operating minutes stated animals operate injuries ' +
  'construction limited counts storm breaking missile fired feet failing road someone lawmakers takes ' +
  'tech technology lead sending appears results amount presidential guard figure paid agreement seems ' +
  'lines stage blue figures produced considered eight let allowed developed highly shadow lawyer aware ' +
  'cross break sentence affected agreed beyond residents else sense suicide model deputy size streets ' +
  'upon imagine tweets infections infection piece range facts kilometers guarantee detained monsoon ' +
  'package demonstrations iceberg flower award retired taxes requirements quite faced push revenue ' +
  'presence spend green connection discussed consultation era blamed conflict criticism contribute ' +
  'compared unemployment industry eastern telling crude shut conditions shortly walking branch gun ' +
  'internal door lethal machines proposed sixth actual initially paper completely athletics shown ' +
  'relatively running seeing awards missing handed beginning unlikely successful secure begins ' +
  'sometimes identity object directed voice defeat captured response sentenced murdered minds receive ' +
  'medicine protocluster ancient choice explained findings humans effects studies mouth causes ' +
  'firefighters environmental restrictions severe perhaps praise site temperature carrying match ' +
  'conduct friends fact responsibility closely ill hear specifically controlled assistant wonder rise ' +
  'eggs battle straight proceedings beat fly trials basically flowers ultraviolet property addressed ' +
  'fourth previous commissioner giving kept opened send misconduct wake activities physical unit ' +
  'individual records identify rejected certain treated injured focused steps tourism visitors share ' +
  'quoted mandatory wear required alcohol aims facilities posts designed hide testing affect production ' +
  'victim aged looked failed reasonable increased projects marks falling adding couple interests values ' +
  'difficult foot meanwhile average classified contract class continued tensions deeply winner cheating ' +
  'expect stem useful families directly weapon banned trading explain lenders produce calf eventually ' +
  'herself footage attempted mostly helpful located concerned losing targets killings unprecedented ' +
  'audience contain easy politically non structure icosahedral drugs improve providing identified ' +
  'cinnamon becoming eat medication consequences played compensation province briefing aimed simply ' +
  'visited rally doctors planning scheduled courts surgeon crimes detect infected confidence loved nor ' +
  'email exposure investigations society blower custody represent surge relations glyphosate ' +
  'advertising radiotherapy goals clarity pepper contracts convalescent randomised lots temple ' +
  'consulate selected orchid insects owner exactly putting mask lived impossible corruption interest ' +
  'insurance sorry discuss announcing followed starting broader exit markets suggested willing insisted ' +
  'proposal various success views pledged changes questioning hearing vulnerable consistent al allowing ' +
  'attend sell activists annual youth competition reached soldiers personnel field drone driving father ' +
  'struggling tree pleaded driver sentencing sparked active witness race decisions praised independent ' +
  'borders celebrated thanks moved everything dropped responded request removed voters feels sons ' +
  'occasion entire pretty happen broke price standing filed ground unclear coal marked crisis speaking ' +
  'worst score drawing advised reality fold prove monitoring legacy path trustees parties evening ' +
  'offering birth collection ideas tear collaboration mimic delivered carry sister offences carried ' +
  'yourself winners attending fantastic completed galaxy structures follow understood subject ' +
  'leadership structural typically specific introduced testified diseases judge reflect uncertain wait ' +
  'pushed territory expressed ft truth books served wish answer regulations struggles vast suffering ' +
  'words speed solar develop hero appear effectively bigger models temperatures backed apparently ' +
  'condition afternoon mind heavy read worrying names affiliate ongoing ship involvement passing ' +
  'provided strategy dropping spill cars seat appropriate unity schizophrenia infant challenge suspect ' +
  'peaceful suffered lawyers extradition signed torture explanation pollinators penalty vaping ' +
  'returning arrival courthouse handling employers wonderful cart ends acres crossing outbreak ' +
  'briefings antisemitism somehow crushed ringing fathers drag privilege crematorium nose winning ' +
  'abused hardly either violations assets collecting harassment reviewed facility thinking ready wide ' +
  'scope scandal executives flag priority investors ties helping promised lifted engage promising ' +
  'predict refused communities determine brings contains proposals attacked purpose properly dependents ' +
  'conservative announcement historic culture strict sporting billions project generated threatening ' +
  'deliver strikes counter behavior widely dressed sexually arrived fatally oldest increasing unless ' +
  'gathering industrial organizers hoped supported congressional pull doodle style core onto closed ' +
  'doors unable secret daughters complaints wages spending worker demands burning bright certainly ' +
  'afraid individuals beautiful invite bringing throughout require assist painful opportunity collapsed ' +
  'chair vehicles losses worth watchdog sale anniversary benefit knowing healthy emerged paint dark ' +
  'generally comfortable reasons isolated meant owned activity allies fighter deployed repeatedly ' +
  'watching possibly imprisonment celebrating perceived molecular astronomers existed fellow ' +
  'professional quick detailed therefore matters electron complex evolved harmful risks attorneys ' +
  'argued testimony attempts challenges estimated reach fat assault admitted adult articles terrorism ' +
  'reference journalists presented emissions comparable laughing movie broken notes happy backstop fail ' +
  'orbiting mainly surface gravitational implement fined victory umpire cancelled disappointed ' +
  'importance amazing searching supply workforce racism practices respect tolerance detention yesterday ' +
  'confident athletes humidity compare midnight jail commit gate investigate spent save debut tough ' +
  'selling gay normally tomorrow scoring beaches activated citizenry essential embrace terrible options ' +
  'babies travellers chlorine headquarters flights supporters ruling extended newspaper democracies ' +
  'tactics joint seem refugees racial targeted listed sign write damages demanded ads recorded pointed ' +
  'prepared snake birds homophobic kid program fresh notice overturned murders ice banks lender payroll ' +
  'shoveling registration advertisement literally salmonella fraud selection drum picture multiverse ' +
  'pollinate dimensional computing equal rkiye advert tape believed conversation sticky sad ' +
  'controversial crackdown sources rounds conspiracy prior provides servants resolve privacy occurred ' +
  'urging indicated existing boost defend failure unusual unknown wrongdoing combined map numerous ' +
  'improvements created prompting arriving agencies visas infrastructure tourists surprised ' +
  'applications bid hopes gross decade developing likes blocked miles northwest northeast northeastern ' +
  'higher roughly approved deploy maintain heightened commitment regarding operations spoke suit tied ' +
  'involving crying messages governing strategies glass audio convicted prosecutors forms participants ' +
  'debate noting voted marking location room denies causing sitting powerful tears reaction mid finally ' +
  'hot store avoided workplace spirit manufacturing fields divisive charity criticised mount cabinet ' +
  'deploying helps grew measured breaks largely lottery brothers matched earned nine pregnant spotted ' +
  'rising mum bought rapper dinner repeated struggled therapy gone obviously wearing protective ' +
  'detected schemes bn launch reduce wondering enclosure bed gave perfect whilst approximately incel ' +
  'contact busy girlfriend guys rises supposedly mentally becomes creative shares achieve ' +
  'groundbreaking controlling documents aircraft naval deep alliance touch neighbor fun prospect ' +
  'verdict declaring forcing attracted roots graduates earliest discovery dozens conducted upcoming ' +
  'lemonade nice talked capsids instance researchers essentially formed framework perspective ' +
  'suggesting realize popular impressive coumarin damaging acting sugar ability posing decide experts ' +
  'questioned outcomes pushing burden neighboring fuel annually bombs feeling terrified bookstagram ' +
  'grandmother frankly color join protester warnings direction train firearms controls warning worry ' +
  'assistance bullet outlets remember caption electricity allows remaining submitted surprise suggest ' +
  'competing slightly demanding empty choose participate illegally quit speak tonight yellow skills ' +
  'actress founders felony count allegation medicines environment inspectors critical monitored ' +
  'inappropriate swift protected policing dreadlocks hair dismissed lunch entering suspicion officially ' +
  'establishing technologies antibodies somebody conceded potentially prisoners attacking committees ' +
  'rushed parent stuff extend intended promote backlash possibility clean tasks connected realized ' +
  'moves possibilities highlighting tropical humanity exists delay agree criminally locked instances ' +
  'prisoner helped select attributed pulled ethic conviction tries somewhere ripping judgments invaded ' +
  'square narrow neck rainfall crops homes experienced beans hired violating imposed ruled catch ' +
  'resigned counsel includes contained rogue mentioned supporting vague attempting welfare rallies ' +
  'weekend brutality downtown fifth chains faces comply motivated entry century signs surgery prostate ' +
  'factors slur value promise pills residence village function educational pond strength expense finish ' +
  'scored mainland isolate extraordinary dealing tiny games resume keeps adviser units boat ' +
  'laboratories votes billboard elected fill civic ten solving objective managed destroyed lakh mosque ' +
  'confused baboons worried robot trapped meteorite composition trees escape draft dramatic curves ' +
  'quiet icebergs microscope flies fabulous mistakes sequence embedded input expectancy mobility ' +
  'occupations bears mortgage cows ceased mystery documentary complete marriage excessive minor ' +
  'instructions qualifying insurer retirement dumped schools engaged algorithm laundering opportunities ' +
  'banking relationships artificial patterns entities flags eager negotiate chancellor condemned ' +
  'withdrawal pressures irresponsible changing runs highs comprehensive prepare modest travelling ' +
  'cultural sweeping gender attract nationwide entertainment hiding viewing learn broadly sustained ' +
  'storms battery advanced reinforce diplomatic duty triggered crashed descent camouflage track ' +
  'suddenly knife scream clothes danger advancing accountability approaching meaning jurors bystanders ' +
  'prospects examining technological declaration chamber backing founded engine writes storage fury ' +
  'hostile boyfriend tie excited hopefully repair scandals constantly pulling enjoy qualify serve ' +
  'squeezing corporate supermarket employer represents explains collective giants everywhere awarded ' +
  'argue constituency shouting incomes economies comparison increases nomination classes buy leaves ' +
  'desperate refusing snap explore dream publicly settled heartbroken pair invited freezer stored ' +
  'apologized oversight harvest underwent cell incredibly advance reaching walks landmines cleared ' +
  'detonated clearing payouts specialist involve sparking repatriation funded surplus inquiries ' +
  'represented belonging defined comfort youngster combination window gestation intensely chan angry ' +
  'minded origin screening costumes rated trigger advising follows psychological harm realistic mature ' +
  'audiences negotiating empowerment written platforms shipping prosecutor theory gain commands ' +
  'feelings turns fame strangled acquitted headlines epidemic usually choosing lie studied quality ' +
  'amongst dense donate gives stance infect hosts obtain outer layer composed protects amounts ' +
  'mathematical biologist architectures principle evolutionary geometrical distant blueprints novel ' +
  'larger renowned classical interact offender sores cinnamaldehyde compound breathing suffer requires ' +
  'clinics participating attended otherwise believes reverse requirement struck circumstances nearby ' +
  'regions investigated cu actor mess rival sick blanket reading followers joining friendly rebel ' +
  'traveled dare blocking teenage holds expectations earshot ambitious achieved underscored locks ' +
  'sudden reluctant wellness spouses ages dependent strained mimicking survived examined lodged ' +
  'strutted intact quoting nd disturbances disturbance jump grid poles sorts journey unique happens ' +
  'standoff stripped artistic planets surprising explaining dust atmosphere surrounding teen dreams ' +
  'generations governments reduction threw defended confronted considering entered performed vocal ' +
  'singing shape publish attitude tens desires duties focuses industries referring admitting thrown ' +
  'trash goods arrive recover resolved suppliers overseeing branded constable tackle string cameras ' +
  'appropriately profound affecting organised exceptional saved cutting recess length retaliation ' +
  'teaching seriously bullying whatever vessel violation informed condolences decisive reducing ' +
  'registering assured significantly glowing keys obtained criminals comments constitute condemn ' +
  'knowledge alleging interference wounded cuts shelter casting timeline postponed lesson shift cloud ' +
  'consumers cat apply career featured hatred opens districts spilled introduce music virtual mirrors ' +
  'solutions firms highlighted eliminate vaccination preventing transmitted ultimately eliminating ' +
  'organized extinction adults ozone chemicals fairly resolving intervening none slash delivering ' +
  'deepened caretaker resistance immediate doubt offence apologies premises heads thus constant ' +
  'conclusion protecting jumped electric deliveries nationals insurgents plenty fought hoping cancel ' +
  'rhetoric lining opposite zones disc criticized occupied corridor shortages opposed evil embassy ' +
  'requests pending safely successfully autonomy proven stable burns faster breath exercise disturbing ' +
  'horrible directive developments secured coalition picking trouble ears accountable hostage serving ' +
  'freely celebrations consider filing grateful thanked cigarette cigarettes fatalities nicotine ' +
  'restoration independence stepped shortlisted canvas gallery kidnapping extortion blow unlawful cameo ' +
  'com originated outbreaks fare sue overdose fentanyl cocaine shirt installed bust militants grounds ' +
  'offers painted appointed parliamentary ourselves deceased pray relegated finished draw survive ' +
  'exempt throwing disappointing distinct crack complexity reads recognition extending external stories ' +
  'cans remote renovation reduced impetus stronger guests abroad constitutional rent pre locals loan ' +
  'gaining easier expert hundred treatments shutting advantage contrast poorer enhanced sought ' +
  'overnight hint compete traveling generating trucks neighborhood rapidly venue frequently pressers ' +
  'hate bite vicious sprayed eating guidelines capture disputed abhorrent antisemitic visible decides ' +
  'internationally shambolic distressed knives screwdrivers objects midfielder wishes punishment ' +
  'meteorites gimmicks admit moth frame turning touchdowns merge disorder silent bent anymore wobbling ' +
  'hardest creatures exist flowering scanning bidding bees dots bee smells arum weight assembling ' +
  'efficient decode programmability bricks replication gradients classification evaluative chronic ' +
  'asylum seekers boats aggravated professionals burnout rescuers survivors subpoena pistol brace ' +
  'tasteless instinct ',
);

/** English words whose capitalised form is also German ("Photo", "Team", "Star"): English only when written in lower case. */
export const englishLowerCaseWords = toSet(
  'he not after new police first these see most made deal statement part media million party top seen ' +
  'same call information star report show system support video data set future hospital put held ' +
  'military power team start administration business lot problems bank billion person form action test ' +
  'major planet cent moment hit protests reports abortion bill post plans boys calls virus protest hand ' +
  'bit region opposition gas senior talks almost tour pollen situation shows kind front details meeting ' +
  'safe sound terms access name land whistleblower relation problem potential programme account story ' +
  'transfer job club page level run base systems rates stars list parts co fall single images sex ' +
  'position population nation letters letter regime holding status talk station arrest standard rest ' +
  'index check photos stress levels bad website training term boy film extension reporters spray cover ' +
  'review client lift computer overall baby mission reporter sports sounds orbit rock main chance ' +
  'plasma performance tool maximum progress division player fans trip theater drink supports analysis ' +
  'abortions lady manager generation kit checks sold fell minute summer relief code hotel jobs note ' +
  'labor stands basis formation display proteins trend artist deadline players crash student partner ' +
  'brand background session song monument output symptoms type suggestion teams clients reform tourist ' +
  'demonstration spike wind windows resolution lack devices operator ministers profile material winter ' +
  'register accounts gang crew editor elimination dispute rain addition image veteran rocks garden ' +
  'investment dollars safari statements expertise chose bosses trips patient accounting bull theaters ' +
  'standards clusters export double spot kinds sees stresses icon disk tennis champion art tanker jury ' +
  'word analyst stigma user lands administrator phase exile terrorist tools television trillion ' +
  'materials proportion graph bodyguard intention reviews partners warrant veto funds photo futures ' +
  'exports bills inflation plot internet entrepreneurs broadcast journalist clubs motive bus layouts ' +
  'evolution investments tons moratorium script rehabilitation version budget fee boots films deals ' +
  'banners flow port arrangements charge kits videos users opponent marathon stock stakeholders ' +
  'adoption ball starts farmers nationalist camps boss partisan resignation teenagers smoking episode ' +
  'reformer closure expansion flash closures podium terror instruments tunnel soundtrack ring ding ' +
  'manual ',
);

/** English words that are also lower-case German words ("in", "was", "final", "via"): part of an English run, no evidence. */
export const englishSharedWords = toSet(
  'in was an will her also all so just last back still such man per half hole human global plant least ' +
  'red war online best am mental park anti additional plan real final total matter massive de private ' +
  'stand hold pro positive live interview ex personal sexual turn order digital walk lost rare hurt ran ' +
  'super probe legal regional bring kill fit normal apart via negative wider fallen rate aggressive ' +
  'setting absolute initial simple separate update fast fatal kick extra fragile die plane warn band ' +
  'sensitive oral extreme pass modern links warm fundamental illegal roll dies relevant block falls ' +
  'manage alternative male maritime permanent ad bin enter bitter vital km relative multiple handle ' +
  'fade toll arm parallel filter passive ',
);
