#include "demowords.h"

// The data below is real-world in style only: every person generated from it
// is fictional. Postcodes belong to the city they are listed with.

namespace DemoWords {

namespace {

template <typename T, int N>
constexpr int countOf(const T (&)[N])
{
    return N;
}

// --- first names ---------------------------------------------------------

const Word finnishFemale[] = {
    {u"Aino", 9}, {u"Anna", 8}, {u"Maria", 6}, {u"Helmi", 5}, {u"Emma", 6}, {u"Sofia", 5},
    {u"Aada", 4}, {u"Olivia", 4}, {u"Eevi", 3}, {u"Venla", 4}, {u"Ella", 4}, {u"Liisa", 6},
    {u"Kaarina", 5}, {u"Marjatta", 5}, {u"Hannele", 4}, {u"Tuula", 6}, {u"Ritva", 5},
    {u"Pirjo", 6}, {u"Sari", 7}, {u"Minna", 7}, {u"Tiina", 7}, {u"Päivi", 6}, {u"Anne", 6},
    {u"Johanna", 7}, {u"Laura", 7}, {u"Elina", 6}, {u"Riikka", 5}, {u"Heidi", 5},
    {u"Katja", 5}, {u"Jenni", 6}, {u"Satu", 6}, {u"Eija", 5}, {u"Merja", 5}, {u"Leena", 6},
    {u"Sanna", 6}, {u"Tarja", 6}, {u"Marja", 5}, {u"Seija", 4}, {u"Irmeli", 3},
    {u"Hanna", 6}, {u"Noora", 4}, {u"Iida", 4}, {u"Siiri", 3}, {u"Kerttu", 2}, {u"Elsa", 3},
    {u"Lotta", 3}, {u"Pihla", 2}, {u"Essi", 3}, {u"Milla", 4}, {u"Jaana", 5}, {u"Outi", 4},
    {u"Raili", 3}, {u"Sirpa", 5}, {u"Anneli", 4}, {u"Helena", 5}, {u"Kirsi", 5},
    {u"Susanna", 4}, {u"Henna", 4}, {u"Emilia", 4}, {u"Veera", 3}, {u"Aila", 3},
    {u"Eila", 3}, {u"Terhi", 3}, {u"Marika", 3}, {u"Nelli", 3}, {u"Inkeri", 2},
    {u"Annikki", 2}, {u"Sinikka", 3}, {u"Hilkka", 2}, {u"Kristiina", 4}, {u"Jenna", 3},
    {u"Oona", 3}, {u"Vilma", 3}, {u"Enni", 2}, {u"Ronja", 2}, {u"Sisko", 1}, {u"Lempi", 1},
};

const Word finnishMale[] = {
    {u"Mikko", 8}, {u"Matti", 9}, {u"Juha", 9}, {u"Timo", 9}, {u"Jari", 8}, {u"Kari", 8},
    {u"Antti", 8}, {u"Jukka", 8}, {u"Pekka", 8}, {u"Janne", 7}, {u"Markku", 7}, {u"Mika", 8},
    {u"Petri", 6}, {u"Heikki", 7}, {u"Ville", 6}, {u"Tuomas", 6}, {u"Sami", 6}, {u"Lauri", 5},
    {u"Teemu", 6}, {u"Juho", 5}, {u"Eero", 4}, {u"Onni", 3}, {u"Väinö", 3}, {u"Elias", 4},
    {u"Oliver", 3}, {u"Leo", 4}, {u"Eino", 3}, {u"Veeti", 3}, {u"Aleksi", 5}, {u"Joonas", 5},
    {u"Tapani", 4}, {u"Olavi", 4}, {u"Esa", 5}, {u"Hannu", 6}, {u"Seppo", 6}, {u"Risto", 5},
    {u"Pentti", 4}, {u"Erkki", 5}, {u"Jorma", 5}, {u"Kalevi", 4}, {u"Ilkka", 4}, {u"Jussi", 5},
    {u"Ari", 6}, {u"Pasi", 5}, {u"Marko", 6}, {u"Tero", 5}, {u"Toni", 5}, {u"Niko", 4},
    {u"Otto", 3}, {u"Aapo", 2}, {u"Jyrki", 3}, {u"Kimmo", 4}, {u"Harri", 4}, {u"Jouni", 4},
    {u"Arto", 4}, {u"Veikko", 3}, {u"Pertti", 4}, {u"Raimo", 3}, {u"Tommi", 4}, {u"Jani", 5},
    {u"Samuli", 3}, {u"Eetu", 3}, {u"Valtteri", 3}, {u"Lasse", 3}, {u"Jarmo", 3},
    {u"Reijo", 3}, {u"Martti", 2}, {u"Aatu", 2}, {u"Rasmus", 2}, {u"Topias", 2},
};

const Word finlandSwedishFemale[] = {
    {u"Ulrika", 4}, {u"Camilla", 5}, {u"Annika", 5}, {u"Sofia", 4}, {u"Ellen", 3},
    {u"Linnea", 4}, {u"Matilda", 3}, {u"Elin", 3}, {u"Ida", 4}, {u"Hanna", 4}, {u"Karin", 3},
    {u"Maria", 4}, {u"Jenny", 4}, {u"Sara", 4}, {u"Emma", 4}, {u"Frida", 3}, {u"Ebba", 2},
    {u"Alva", 2}, {u"Tove", 3}, {u"Marianne", 3}, {u"Birgitta", 3}, {u"Gunilla", 3},
    {u"Heidi", 3}, {u"Johanna", 4}, {u"Ann-Christin", 2}, {u"Solveig", 2},
};

const Word finlandSwedishMale[] = {
    {u"Johan", 5}, {u"Erik", 4}, {u"Henrik", 4}, {u"Fredrik", 4}, {u"Mats", 4},
    {u"Anders", 4}, {u"Carl", 3}, {u"Mikael", 5}, {u"Patrik", 4}, {u"Stefan", 4}, {u"Kim", 3},
    {u"Tom", 3}, {u"Nils", 3}, {u"Axel", 3}, {u"Elias", 3}, {u"Hugo", 2}, {u"Anton", 3},
    {u"Oskar", 3}, {u"Jonas", 3}, {u"Christer", 3}, {u"Göran", 3}, {u"Bengt", 2},
    {u"Rasmus", 2}, {u"Kaj", 2}, {u"Björn", 2},
};

const Word swedishFemale[] = {
    {u"Anna", 9}, {u"Eva", 8}, {u"Maria", 9}, {u"Karin", 8}, {u"Kristina", 7}, {u"Lena", 7},
    {u"Sara", 6}, {u"Emma", 6}, {u"Elin", 5}, {u"Ida", 5}, {u"Johanna", 5}, {u"Malin", 5},
    {u"Sofia", 5}, {u"Linnéa", 4}, {u"Ebba", 4}, {u"Alice", 4}, {u"Maja", 4}, {u"Elsa", 4},
    {u"Astrid", 3}, {u"Åsa", 5}, {u"Ingrid", 4}, {u"Birgitta", 6}, {u"Margareta", 5},
    {u"Ulla", 4}, {u"Camilla", 4}, {u"Jenny", 4}, {u"Frida", 4}, {u"Moa", 2}, {u"Wilma", 3},
    {u"Agnes", 3}, {u"Saga", 2}, {u"Klara", 3}, {u"Märta", 2}, {u"Siv", 2}, {u"Britt", 3},
    {u"Gunnel", 2}, {u"Lovisa", 2}, {u"Tove", 2}, {u"Therese", 3}, {u"Helena", 4},
    {u"Annika", 4}, {u"Cecilia", 4}, {u"Ann-Marie", 2}, {u"Ylva", 2}, {u"Hedvig", 1},
};

const Word swedishMale[] = {
    {u"Erik", 9}, {u"Lars", 9}, {u"Karl", 8}, {u"Anders", 9}, {u"Johan", 9}, {u"Per", 8},
    {u"Nils", 6}, {u"Mikael", 7}, {u"Jan", 7}, {u"Hans", 6}, {u"Peter", 7}, {u"Olof", 5},
    {u"Gustav", 5}, {u"Oskar", 4}, {u"Axel", 4}, {u"Lucas", 3}, {u"Liam", 3}, {u"William", 3},
    {u"Hugo", 3}, {u"Elias", 3}, {u"Viktor", 4}, {u"Filip", 4}, {u"Emil", 4}, {u"Björn", 4},
    {u"Göran", 4}, {u"Sven", 4}, {u"Stefan", 5}, {u"Mattias", 5}, {u"Fredrik", 5},
    {u"Henrik", 5}, {u"Magnus", 5}, {u"Jonas", 5}, {u"Daniel", 5}, {u"Andreas", 5},
    {u"Leif", 4}, {u"Bengt", 4}, {u"Åke", 3}, {u"Ulf", 4}, {u"Kjell", 3}, {u"Sören", 2},
    {u"Thomas", 5}, {u"Christer", 3}, {u"Tobias", 3}, {u"Linus", 2}, {u"Måns", 1},
};

const Word norwegianFemale[] = {
    {u"Anne", 9}, {u"Inger", 7}, {u"Kari", 8}, {u"Marit", 7}, {u"Ingrid", 7}, {u"Liv", 6},
    {u"Eva", 5}, {u"Berit", 6}, {u"Astrid", 5}, {u"Bjørg", 4}, {u"Hilde", 6}, {u"Anna", 5},
    {u"Solveig", 4}, {u"Marianne", 5}, {u"Randi", 4}, {u"Ida", 4}, {u"Nora", 4}, {u"Emma", 4},
    {u"Sofie", 4}, {u"Ingeborg", 3}, {u"Sigrid", 3}, {u"Maja", 3}, {u"Thea", 3}, {u"Hanne", 5},
    {u"Silje", 4}, {u"Tone", 4}, {u"Kristin", 5}, {u"Camilla", 4}, {u"Åse", 3}, {u"Gro", 3},
    {u"Ragnhild", 3}, {u"Synnøve", 2}, {u"Torill", 3}, {u"Eli", 3}, {u"Guro", 2},
    {u"Tuva", 2}, {u"Live", 2}, {u"Frøydis", 1}, {u"Siri", 3}, {u"Mette", 4},
};

const Word norwegianMale[] = {
    {u"Jan", 8}, {u"Per", 8}, {u"Bjørn", 8}, {u"Ole", 7}, {u"Lars", 7}, {u"Kjell", 6},
    {u"Knut", 6}, {u"Arne", 6}, {u"Svein", 6}, {u"Thomas", 5}, {u"Hans", 5}, {u"Geir", 5},
    {u"Tor", 5}, {u"Morten", 5}, {u"Terje", 5}, {u"Odd", 4}, {u"Erik", 5}, {u"Martin", 5},
    {u"Andreas", 5}, {u"John", 4}, {u"Øystein", 4}, {u"Håkon", 4}, {u"Jakob", 3}, {u"Emil", 3},
    {u"Noah", 2}, {u"Oskar", 3}, {u"Filip", 3}, {u"Magnus", 4}, {u"Sindre", 3}, {u"Eirik", 4},
    {u"Trond", 5}, {u"Rune", 5}, {u"Espen", 4}, {u"Stian", 4}, {u"Øyvind", 4}, {u"Gunnar", 4},
    {u"Asbjørn", 2}, {u"Tore", 4}, {u"Halvard", 2}, {u"Henrik", 4}, {u"Sverre", 2},
};

// --- surnames ------------------------------------------------------------
// Virtanen is weighted so that about 1.5 % of Finnish customers carry it.

const Word finnishSurnames[] = {
    {u"Virtanen", 14}, {u"Korhonen", 12}, {u"Mäkinen", 14}, {u"Nieminen", 14},
    {u"Mäkelä", 12}, {u"Hämäläinen", 12}, {u"Laine", 12}, {u"Heikkinen", 11},
    {u"Koskinen", 11}, {u"Järvinen", 11}, {u"Lehtonen", 10}, {u"Lehtinen", 10},
    {u"Saarinen", 10}, {u"Salminen", 10}, {u"Heinonen", 10}, {u"Niemi", 10},
    {u"Heikkilä", 10}, {u"Kinnunen", 9}, {u"Salonen", 9}, {u"Turunen", 9}, {u"Salo", 9},
    {u"Laitinen", 9}, {u"Tuominen", 9}, {u"Rantanen", 9}, {u"Karjalainen", 9},
    {u"Jokinen", 9}, {u"Mattila", 9}, {u"Savolainen", 9}, {u"Lahtinen", 9}, {u"Ahonen", 8},
    {u"Leinonen", 8}, {u"Hiltunen", 8}, {u"Kallio", 8}, {u"Miettinen", 8}, {u"Pitkänen", 8},
    {u"Aaltonen", 8}, {u"Manninen", 8}, {u"Hyvönen", 7}, {u"Laaksonen", 7}, {u"Anttila", 7},
    {u"Väisänen", 7}, {u"Räsänen", 7}, {u"Peltonen", 7}, {u"Leppänen", 7}, {u"Ojala", 7},
    {u"Kärkkäinen", 7}, {u"Kettunen", 7}, {u"Hakala", 7}, {u"Nurmi", 7}, {u"Koivisto", 7},
    {u"Seppälä", 7}, {u"Eskola", 5}, {u"Lindholm", 5}, {u"Toivonen", 6}, {u"Huttunen", 6},
    {u"Hirvonen", 6}, {u"Mustonen", 6}, {u"Partanen", 6}, {u"Kemppainen", 6},
    {u"Pelkonen", 5}, {u"Vainio", 6}, {u"Rönkkö", 4}, {u"Oksanen", 6}, {u"Lappalainen", 6},
    {u"Harju", 5}, {u"Tikkanen", 5}, {u"Halonen", 5}, {u"Kauppinen", 6}, {u"Lindroos", 4},
    {u"Honkanen", 5}, {u"Jääskeläinen", 5}, {u"Nyman", 4}, {u"Suominen", 5},
    {u"Nurminen", 5}, {u"Rautio", 5}, {u"Koponen", 5}, {u"Moilanen", 5}, {u"Hakkarainen", 5},
    {u"Vesterinen", 4}, {u"Ketola", 4}, {u"Pesonen", 5}, {u"Mikkonen", 5}, {u"Ikonen", 5},
    {u"Kivelä", 4}, {u"Pulkkinen", 5}, {u"Heiskanen", 5}, {u"Lampinen", 5}, {u"Kiiskinen", 3},
    {u"Valtonen", 5}, {u"Lahti", 5}, {u"Hänninen", 5}, {u"Sillanpää", 4}, {u"Kivinen", 4},
    {u"Aho", 5}, {u"Ruotsalainen", 4}, {u"Rissanen", 5}, {u"Tiainen", 4}, {u"Niskanen", 4},
    {u"Karppinen", 4}, {u"Sirviö", 3}, {u"Vuorinen", 4}, {u"Nousiainen", 4}, {u"Kokkonen", 5},
    {u"Hyttinen", 4}, {u"Kangas", 4}, {u"Pietilä", 4}, {u"Immonen", 4}, {u"Vartiainen", 4},
    {u"Sundqvist", 2}, {u"Björklund", 3}, {u"Eronen", 4}, {u"Tanskanen", 3}, {u"Lahtela", 3},
    {u"Lundqvist", 2}, {u"Östman", 2}, {u"Pöyhönen", 2}, {u"Kärki", 3}, {u"Ylönen", 2},
    {u"Ylitalo", 3}, {u"Ylinen", 3}, {u"Äijälä", 2}, {u"Öhman", 2}, {u"Kuusisto", 4},
    {u"Vainikainen", 2}, {u"Heikkinen-Koski", 1}, {u"Laaksonen-Virta", 1}, {u"Mäki", 4},
    {u"Salmi", 4}, {u"Hietala", 4}, {u"Kukkonen", 4}, {u"Turkki", 2}, {u"Saari", 4},
    {u"Lindberg", 3}, {u"Mohamed", 2}, {u"Ahmed", 2}, {u"Nguyen", 1}, {u"Ivanov", 1},
    {u"Smirnova", 1},
};

const Word finlandSwedishSurnames[] = {
    {u"Lindström", 6}, {u"Lindqvist", 6}, {u"Lindholm", 6}, {u"Nyström", 5}, {u"Sjöberg", 5},
    {u"Åberg", 5}, {u"Lundqvist", 4}, {u"Holmström", 5}, {u"Grönroos", 5}, {u"Westerlund", 4},
    {u"Forsström", 4}, {u"Sundström", 4}, {u"Björkqvist", 4}, {u"Eklund", 5}, {u"Granholm", 4},
    {u"Backman", 4}, {u"Nyberg", 5}, {u"Öhman", 4}, {u"Strandberg", 4}, {u"Mattsson", 4},
    {u"Söderholm", 4}, {u"Wikström", 4}, {u"Sandström", 4}, {u"Blomqvist", 5}, {u"Berglund", 4},
    {u"Ekholm", 3}, {u"Fagerström", 3}, {u"Enqvist", 3}, {u"Häggblom", 3}, {u"Lillqvist", 3},
    {u"Karlsson", 4}, {u"Johansson", 4}, {u"Andersson", 4}, {u"Eriksson", 4}, {u"Holmberg", 3},
    {u"Sjöblom", 3}, {u"Åström", 3}, {u"Wahlroos", 2}, {u"Stenroos", 2}, {u"Rosenqvist", 2},
};

const Word swedishSurnames[] = {
    {u"Andersson", 22}, {u"Johansson", 22}, {u"Karlsson", 20}, {u"Nilsson", 19},
    {u"Eriksson", 18}, {u"Larsson", 17}, {u"Olsson", 16}, {u"Persson", 16}, {u"Svensson", 15},
    {u"Gustafsson", 14}, {u"Pettersson", 14}, {u"Jonsson", 12}, {u"Jansson", 11},
    {u"Hansson", 10}, {u"Bengtsson", 9}, {u"Jönsson", 8}, {u"Lindberg", 8}, {u"Jakobsson", 8},
    {u"Magnusson", 8}, {u"Olofsson", 8}, {u"Lindström", 8}, {u"Lindqvist", 8},
    {u"Lindgren", 8}, {u"Berg", 7}, {u"Axelsson", 7}, {u"Bergström", 7}, {u"Lundberg", 7},
    {u"Lind", 7}, {u"Lundgren", 7}, {u"Lundqvist", 7}, {u"Mattsson", 7}, {u"Berglund", 7},
    {u"Fredriksson", 6}, {u"Sandberg", 6}, {u"Henriksson", 6}, {u"Forsberg", 6},
    {u"Sjöberg", 6}, {u"Wallin", 6}, {u"Engström", 6}, {u"Eklund", 6}, {u"Danielsson", 6},
    {u"Lundin", 6}, {u"Håkansson", 6}, {u"Björk", 5}, {u"Bergman", 5}, {u"Gunnarsson", 5},
    {u"Holm", 5}, {u"Wikström", 5}, {u"Samuelsson", 5}, {u"Isaksson", 5}, {u"Fransson", 5},
    {u"Bergqvist", 5}, {u"Nyström", 5}, {u"Holmberg", 5}, {u"Arvidsson", 5}, {u"Löfgren", 5},
    {u"Söderberg", 5}, {u"Nyberg", 5}, {u"Blomqvist", 5}, {u"Claesson", 4},
    {u"Nordström", 4}, {u"Mårtensson", 4}, {u"Lundström", 4}, {u"Åberg", 4}, {u"Ström", 4},
    {u"Hedlund", 4}, {u"Sundberg", 4}, {u"Sjögren", 4}, {u"Ekström", 4}, {u"Hermansson", 4},
    {u"Holmgren", 4}, {u"Dahlberg", 4}, {u"Hellström", 4}, {u"Falk", 3}, {u"Sundström", 3},
    {u"Åkesson", 3}, {u"Öberg", 3}, {u"Strand", 3}, {u"Ali", 3}, {u"Mohammed", 3},
    {u"Yilmaz", 1}, {u"Kowalski", 1}, {u"Nordin", 3}, {u"Ahlberg", 2}, {u"Ekberg", 2},
};

const Word norwegianSurnames[] = {
    {u"Hansen", 20}, {u"Johansen", 18}, {u"Olsen", 18}, {u"Larsen", 16}, {u"Andersen", 16},
    {u"Pedersen", 15}, {u"Nilsen", 15}, {u"Kristiansen", 10}, {u"Jensen", 10},
    {u"Karlsen", 10}, {u"Johnsen", 9}, {u"Pettersen", 9}, {u"Eriksen", 9}, {u"Berg", 9},
    {u"Haugen", 8}, {u"Hagen", 8}, {u"Johannessen", 8}, {u"Andreassen", 7}, {u"Jacobsen", 7},
    {u"Dahl", 7}, {u"Jørgensen", 7}, {u"Halvorsen", 6}, {u"Henriksen", 6}, {u"Lund", 6},
    {u"Sørensen", 6}, {u"Jakobsen", 6}, {u"Moen", 6}, {u"Gundersen", 5}, {u"Iversen", 5},
    {u"Strand", 5}, {u"Solberg", 5}, {u"Svendsen", 5}, {u"Eide", 5}, {u"Knutsen", 5},
    {u"Martinsen", 5}, {u"Paulsen", 5}, {u"Bakken", 5}, {u"Kristoffersen", 5},
    {u"Mathisen", 5}, {u"Lie", 5}, {u"Amundsen", 4}, {u"Nguyen", 3}, {u"Rasmussen", 4},
    {u"Ali", 3}, {u"Lunde", 4}, {u"Solheim", 4}, {u"Berge", 4}, {u"Moe", 4}, {u"Nygård", 4},
    {u"Bakke", 4}, {u"Kristensen", 4}, {u"Fredriksen", 4}, {u"Holm", 4}, {u"Lien", 4},
    {u"Hauge", 4}, {u"Christensen", 4}, {u"Andresen", 4}, {u"Nielsen", 4}, {u"Knudsen", 4},
    {u"Evensen", 4}, {u"Sæther", 4}, {u"Aas", 4}, {u"Myhre", 4}, {u"Hanssen", 3},
    {u"Ødegård", 4}, {u"Bjørnstad", 3}, {u"Haugland", 3}, {u"Sandvik", 3}, {u"Fjeld", 3},
    {u"Thorsen", 3}, {u"Brekke", 3}, {u"Vik", 3}, {u"Tangen", 3}, {u"Aasen", 3}, {u"Sæbø", 2},
    {u"Østby", 2}, {u"Røed", 2}, {u"Dahle", 3}, {u"Løken", 2}, {u"Nordli", 2}, {u"Grønli", 2},
    {u"Bråten", 2}, {u"Sætre", 2}, {u"Årdal", 1}, {u"Kaur", 1}, {u"Hussain", 2},
};

// --- cities, postcodes, streets -----------------------------------------

#define DEMO_TEXTS(name, ...) const char16_t *const name[] = {__VA_ARGS__};
#define DEMO_LIST(name) TextList{name, countOf(name)}

DEMO_TEXTS(pcHelsinki, u"00100", u"00120", u"00130", u"00140", u"00150", u"00160", u"00170",
           u"00180", u"00200", u"00250", u"00260", u"00500", u"00530", u"00550", u"00560",
           u"00610", u"00700", u"00800", u"00900", u"00940", u"00980")
DEMO_TEXTS(stHelsinki, u"Mannerheimintie", u"Aleksanterinkatu", u"Bulevardi", u"Fredrikinkatu",
           u"Hämeentie", u"Runeberginkatu", u"Töölönkatu", u"Mechelininkatu", u"Albertinkatu",
           u"Iso Roobertinkatu", u"Kaisaniemenkatu", u"Sturenkatu", u"Helsinginkatu",
           u"Lauttasaarentie", u"Itäväylä", u"Mäkelänkatu", u"Vironkatu", u"Pohjoisranta",
           u"Eerikinkatu", u"Porthaninkatu", u"Kustaankatu", u"Vuosaarentie")
DEMO_TEXTS(pcEspoo, u"02100", u"02150", u"02200", u"02230", u"02600", u"02650", u"02700",
           u"02770")
DEMO_TEXTS(stEspoo, u"Tapiolantie", u"Merituulentie", u"Länsituulentie", u"Leppävaarankatu",
           u"Kauppamiehentie", u"Otaniementie", u"Kirkkojärventie", u"Espoonlahdentie",
           u"Matinkatu", u"Soukanniementie")
DEMO_TEXTS(pcVantaa, u"01300", u"01350", u"01510", u"01600", u"01730")
DEMO_TEXTS(stVantaa, u"Tikkurilantie", u"Asematie", u"Myyrmäentie", u"Vantaankoskentie",
           u"Kielotie", u"Peltolantie", u"Martinlaaksontie")
DEMO_TEXTS(pcTampere, u"33100", u"33200", u"33210", u"33500", u"33540", u"33720")
DEMO_TEXTS(stTampere, u"Hämeenkatu", u"Hämeenpuisto", u"Satakunnankatu", u"Kauppakatu",
           u"Pirkankatu", u"Itsenäisyydenkatu", u"Tammelan puistokatu", u"Kuninkaankatu",
           u"Insinöörinkatu", u"Sammonkatu", u"Teiskontie")
DEMO_TEXTS(pcTurku, u"20100", u"20200", u"20500", u"20700", u"20810")
DEMO_TEXTS(stTurku, u"Aurakatu", u"Yliopistonkatu", u"Eerikinkatu", u"Humalistonkatu",
           u"Linnankatu", u"Hämeenkatu", u"Uudenmaankatu", u"Puolalankatu", u"Itäinen Rantakatu")
DEMO_TEXTS(pcOulu, u"90100", u"90120", u"90500", u"90570")
DEMO_TEXTS(stOulu, u"Kirkkokatu", u"Isokatu", u"Hallituskatu", u"Pakkahuoneenkatu",
           u"Torikatu", u"Kajaanintie", u"Kaarlenväylä")
DEMO_TEXTS(pcJyvaskyla, u"40100", u"40320", u"40520")
DEMO_TEXTS(stJyvaskyla, u"Kauppakatu", u"Kilpisenkatu", u"Väinönkatu", u"Yliopistonkatu",
           u"Vapaudenkatu")
DEMO_TEXTS(pcLahti, u"15100", u"15110", u"15140")
DEMO_TEXTS(stLahti, u"Aleksanterinkatu", u"Rautatienkatu", u"Vesijärvenkatu", u"Hämeenkatu")
DEMO_TEXTS(pcKuopio, u"70100", u"70110", u"70500")
DEMO_TEXTS(stKuopio, u"Puijonkatu", u"Kauppakatu", u"Tulliportinkatu", u"Minna Canthin katu")
DEMO_TEXTS(pcPori, u"28100", u"28120")
DEMO_TEXTS(stPori, u"Yrjönkatu", u"Antinkatu", u"Itsenäisyydenkatu", u"Isolinnankatu")
DEMO_TEXTS(pcJoensuu, u"80100", u"80110")
DEMO_TEXTS(stJoensuu, u"Torikatu", u"Siltakatu", u"Kauppakatu", u"Koskikatu")
DEMO_TEXTS(pcLappeenranta, u"53100", u"53900")
DEMO_TEXTS(stLappeenranta, u"Kauppakatu", u"Valtakatu", u"Koulukatu", u"Raatimiehenkatu")
DEMO_TEXTS(pcVaasa, u"65100", u"65200")
DEMO_TEXTS(stVaasa, u"Hovioikeudenpuistikko", u"Kauppapuistikko", u"Vaasanpuistikko",
           u"Rauhankatu", u"Koulukatu")
DEMO_TEXTS(pcRovaniemi, u"96100", u"96200")
DEMO_TEXTS(stRovaniemi, u"Koskikatu", u"Valtakatu", u"Rovakatu", u"Ainonkatu")
DEMO_TEXTS(pcSeinajoki, u"60100", u"60320")
DEMO_TEXTS(stSeinajoki, u"Kauppakatu", u"Koulukatu", u"Valtionkatu")
DEMO_TEXTS(pcHameenlinna, u"13100", u"13200")
DEMO_TEXTS(stHameenlinna, u"Raatihuoneenkatu", u"Palokunnankatu", u"Linnankatu")
DEMO_TEXTS(pcPorvoo, u"06100", u"06150")
DEMO_TEXTS(stPorvoo, u"Mannerheiminkatu", u"Runeberginkatu", u"Välikatu", u"Piispankatu")
DEMO_TEXTS(pcKokkola, u"67100")
DEMO_TEXTS(stKokkola, u"Rantakatu", u"Isokatu", u"Torikatu")
DEMO_TEXTS(pcMariehamn, u"22100")
DEMO_TEXTS(stMariehamn, u"Torggatan", u"Storagatan", u"Norra Esplanadgatan", u"Ålandsvägen")

DEMO_TEXTS(pcStockholm, u"111 22", u"111 51", u"112 51", u"113 50", u"114 35", u"116 45",
           u"118 46", u"120 30")
DEMO_TEXTS(stStockholm, u"Drottninggatan", u"Kungsgatan", u"Sveavägen", u"Hornsgatan",
           u"Götgatan", u"Birger Jarlsgatan", u"Strandvägen", u"Odengatan", u"Fleminggatan",
           u"Hantverkargatan", u"Folkungagatan", u"Ringvägen", u"Karlavägen", u"Valhallavägen")
DEMO_TEXTS(pcGoteborg, u"411 03", u"411 36", u"413 01", u"414 51", u"416 64")
DEMO_TEXTS(stGoteborg, u"Kungsportsavenyen", u"Vasagatan", u"Linnégatan", u"Södra Vägen",
           u"Första Långgatan", u"Kungsgatan", u"Storgatan")
DEMO_TEXTS(pcMalmo, u"211 22", u"211 43", u"212 15", u"214 21", u"217 41")
DEMO_TEXTS(stMalmo, u"Södra Förstadsgatan", u"Regementsgatan", u"Amiralsgatan",
           u"Davidshallsgatan", u"Östra Rönneholmsvägen")
DEMO_TEXTS(pcUppsala, u"752 37", u"753 10", u"753 20")
DEMO_TEXTS(stUppsala, u"Svartbäcksgatan", u"Kungsgatan", u"Dragarbrunnsgatan",
           u"Sysslomansgatan")
DEMO_TEXTS(pcVasteras, u"722 12", u"722 15")
DEMO_TEXTS(stVasteras, u"Stora Gatan", u"Vasagatan", u"Kopparbergsvägen")
DEMO_TEXTS(pcOrebro, u"702 10", u"703 61")
DEMO_TEXTS(stOrebro, u"Drottninggatan", u"Storgatan", u"Rudbecksgatan")
DEMO_TEXTS(pcLinkoping, u"582 24", u"582 30")
DEMO_TEXTS(stLinkoping, u"Storgatan", u"Drottninggatan", u"Ågatan")
DEMO_TEXTS(pcHelsingborg, u"252 20", u"252 25")
DEMO_TEXTS(stHelsingborg, u"Kullagatan", u"Drottninggatan", u"Södra Storgatan")
DEMO_TEXTS(pcJonkoping, u"553 20", u"553 31")
DEMO_TEXTS(stJonkoping, u"Östra Storgatan", u"Västra Storgatan", u"Barnarpsgatan")
DEMO_TEXTS(pcNorrkoping, u"602 24", u"602 32")
DEMO_TEXTS(stNorrkoping, u"Drottninggatan", u"Kungsgatan", u"Hospitalsgatan")
DEMO_TEXTS(pcLund, u"222 21", u"223 50")
DEMO_TEXTS(stLund, u"Stora Södergatan", u"Bangatan", u"Klostergatan")
DEMO_TEXTS(pcUmea, u"903 26", u"903 30")
DEMO_TEXTS(stUmea, u"Storgatan", u"Kungsgatan", u"Rådhusesplanaden")
DEMO_TEXTS(pcGavle, u"802 50", u"803 20")
DEMO_TEXTS(stGavle, u"Drottninggatan", u"Nygatan", u"Norra Kungsgatan")
DEMO_TEXTS(pcLulea, u"972 31", u"972 38")
DEMO_TEXTS(stLulea, u"Storgatan", u"Smedjegatan", u"Kungsgatan")
DEMO_TEXTS(pcKarlstad, u"652 24", u"652 25")
DEMO_TEXTS(stKarlstad, u"Drottninggatan", u"Västra Torggatan", u"Kungsgatan")

DEMO_TEXTS(pcOslo, u"0150", u"0151", u"0152", u"0154", u"0155", u"0157", u"0159", u"0160",
           u"0250", u"0253", u"0350", u"0355", u"0450", u"0462", u"0550", u"0556", u"0650",
           u"0661")
DEMO_TEXTS(stOslo, u"Karl Johans gate", u"Storgata", u"Bogstadveien", u"Thorvald Meyers gate",
           u"Markveien", u"Frognerveien", u"Kirkeveien", u"Ullevålsveien", u"Trondheimsveien",
           u"Torggata", u"Pilestredet", u"Hegdehaugsveien", u"Grønlandsleiret")
DEMO_TEXTS(pcBergen, u"5003", u"5004", u"5006", u"5007", u"5008", u"5011", u"5015", u"5031")
DEMO_TEXTS(stBergen, u"Torgallmenningen", u"Strandgaten", u"Nygårdsgaten", u"Kong Oscars gate",
           u"Sandviksveien", u"Christies gate", u"Olav Kyrres gate")
DEMO_TEXTS(pcTrondheim, u"7010", u"7011", u"7013", u"7030", u"7041")
DEMO_TEXTS(stTrondheim, u"Munkegata", u"Olav Tryggvasons gate", u"Kongens gate",
           u"Prinsens gate", u"Innherredsveien")
DEMO_TEXTS(pcStavanger, u"4005", u"4006", u"4010", u"4014")
DEMO_TEXTS(stStavanger, u"Kirkegata", u"Pedersgata", u"Løkkeveien", u"Kongsgata")
DEMO_TEXTS(pcKristiansand, u"4608", u"4610", u"4611")
DEMO_TEXTS(stKristiansand, u"Markens gate", u"Dronningens gate", u"Tollbodgata")
DEMO_TEXTS(pcTromso, u"9008", u"9010")
DEMO_TEXTS(stTromso, u"Storgata", u"Grønnegata", u"Sjøgata")
DEMO_TEXTS(pcDrammen, u"3015", u"3019")
DEMO_TEXTS(stDrammen, u"Nedre Storgate", u"Tollbugata", u"Øvre Storgate")
DEMO_TEXTS(pcFredrikstad, u"1606", u"1607")
DEMO_TEXTS(stFredrikstad, u"Nygaardsgata", u"Storgata", u"Brochs gate")
DEMO_TEXTS(pcBodo, u"8006")
DEMO_TEXTS(stBodo, u"Storgata", u"Sjøgata", u"Havnegata")
DEMO_TEXTS(pcAlesund, u"6002", u"6003")
DEMO_TEXTS(stAlesund, u"Kongens gate", u"Løvenvoldgata", u"Keiser Wilhelms gate")
DEMO_TEXTS(pcSandnes, u"4306", u"4307")
DEMO_TEXTS(stSandnes, u"Langgata", u"Jærveien", u"Olav Kyrres gate")

#define DEMO_CITY(country, name, id, weight, sv) \
    {country, name, DEMO_LIST(pc##id), DEMO_LIST(st##id), weight, sv}

const City cityTable[] = {
    DEMO_CITY(u"FI", u"Helsinki", Helsinki, 330, 40),
    DEMO_CITY(u"FI", u"Espoo", Espoo, 150, 20),
    DEMO_CITY(u"FI", u"Vantaa", Vantaa, 120, 5),
    DEMO_CITY(u"FI", u"Tampere", Tampere, 130, 2),
    DEMO_CITY(u"FI", u"Turku", Turku, 100, 8),
    DEMO_CITY(u"FI", u"Oulu", Oulu, 110, 1),
    DEMO_CITY(u"FI", u"Jyväskylä", Jyvaskyla, 75, 1),
    DEMO_CITY(u"FI", u"Lahti", Lahti, 65, 1),
    DEMO_CITY(u"FI", u"Kuopio", Kuopio, 65, 1),
    DEMO_CITY(u"FI", u"Pori", Pori, 45, 1),
    DEMO_CITY(u"FI", u"Joensuu", Joensuu, 40, 0),
    DEMO_CITY(u"FI", u"Lappeenranta", Lappeenranta, 40, 0),
    DEMO_CITY(u"FI", u"Vaasa", Vaasa, 35, 15),
    DEMO_CITY(u"FI", u"Rovaniemi", Rovaniemi, 33, 0),
    DEMO_CITY(u"FI", u"Seinäjoki", Seinajoki, 33, 1),
    DEMO_CITY(u"FI", u"Hämeenlinna", Hameenlinna, 35, 1),
    DEMO_CITY(u"FI", u"Porvoo", Porvoo, 25, 10),
    DEMO_CITY(u"FI", u"Kokkola", Kokkola, 25, 6),
    DEMO_CITY(u"FI", u"Mariehamn", Mariehamn, 6, 9),

    DEMO_CITY(u"SE", u"Stockholm", Stockholm, 300, 0),
    DEMO_CITY(u"SE", u"Göteborg", Goteborg, 180, 0),
    DEMO_CITY(u"SE", u"Malmö", Malmo, 110, 0),
    DEMO_CITY(u"SE", u"Uppsala", Uppsala, 75, 0),
    DEMO_CITY(u"SE", u"Västerås", Vasteras, 50, 0),
    DEMO_CITY(u"SE", u"Örebro", Orebro, 50, 0),
    DEMO_CITY(u"SE", u"Linköping", Linkoping, 50, 0),
    DEMO_CITY(u"SE", u"Helsingborg", Helsingborg, 45, 0),
    DEMO_CITY(u"SE", u"Jönköping", Jonkoping, 45, 0),
    DEMO_CITY(u"SE", u"Norrköping", Norrkoping, 45, 0),
    DEMO_CITY(u"SE", u"Lund", Lund, 40, 0),
    DEMO_CITY(u"SE", u"Umeå", Umea, 40, 0),
    DEMO_CITY(u"SE", u"Gävle", Gavle, 35, 0),
    DEMO_CITY(u"SE", u"Luleå", Lulea, 25, 0),
    DEMO_CITY(u"SE", u"Karlstad", Karlstad, 30, 0),

    DEMO_CITY(u"NO", u"Oslo", Oslo, 300, 0),
    DEMO_CITY(u"NO", u"Bergen", Bergen, 130, 0),
    DEMO_CITY(u"NO", u"Trondheim", Trondheim, 100, 0),
    DEMO_CITY(u"NO", u"Stavanger", Stavanger, 70, 0),
    DEMO_CITY(u"NO", u"Kristiansand", Kristiansand, 55, 0),
    DEMO_CITY(u"NO", u"Tromsø", Tromso, 40, 0),
    DEMO_CITY(u"NO", u"Drammen", Drammen, 50, 0),
    DEMO_CITY(u"NO", u"Fredrikstad", Fredrikstad, 45, 0),
    DEMO_CITY(u"NO", u"Bodø", Bodo, 25, 0),
    DEMO_CITY(u"NO", u"Ålesund", Alesund, 30, 0),
    DEMO_CITY(u"NO", u"Sandnes", Sandnes, 40, 0),
};

#undef DEMO_CITY
#undef DEMO_LIST
#undef DEMO_TEXTS

// --- merchants -----------------------------------------------------------
// ISO 18245: 4111 commuter transport, 4112 railways, 4121 taxis, 4411 cruise
// and ferry lines, 4511 airlines, 4814 telecom, 4899 pay TV and streaming,
// 5311 department stores, 5411 grocery, 5499 convenience food, 5541 service
// stations, 5542 automated fuel dispensers, 5651/5691 clothing, 5732
// electronics, 5812 restaurants, 5813 bars, 5814 fast food, 5912 pharmacies,
// 5942 book stores, 5977 cosmetics, 5999 miscellaneous retail, 6011 ATM cash,
// 7011 hotels, 7832 cinemas.

constexpr MerchantScope D = MerchantScope::Domestic;
constexpr MerchantScope O = MerchantScope::Online;

const Merchant merchantTable[] = {
    // Finland
    {u"K-Citymarket Ruoholahti", u"5411", u"FI", D, 800, 18000, 40},
    {u"K-Supermarket Kamppi", u"5411", u"FI", D, 400, 9000, 40},
    {u"K-Market Hakaniemi", u"5411", u"FI", D, 250, 4500, 35},
    {u"S-Market Sörnäinen", u"5411", u"FI", D, 300, 8000, 45},
    {u"Prisma Itäkeskus", u"5411", u"FI", D, 900, 20000, 35},
    {u"Prisma Kaleva Tampere", u"5411", u"FI", D, 900, 20000, 20},
    {u"Alepa Kallio", u"5411", u"FI", D, 250, 4000, 35},
    {u"Lidl Espoo Tapiola", u"5411", u"FI", D, 500, 10000, 30},
    {u"Tokmanni Vantaa", u"5331", u"FI", D, 500, 9000, 10},
    {u"R-kioski Kamppi", u"5499", u"FI", D, 200, 1500, 15},
    {u"Neste Kamppi", u"5541", u"FI", D, 2000, 11000, 15},
    {u"Neste Express Automaatti", u"5542", u"FI", D, 2000, 9000, 12},
    {u"ABC Lahti", u"5541", u"FI", D, 1500, 10000, 12},
    {u"St1 Oulu Kaakkuri", u"5542", u"FI", D, 2000, 9000, 8},
    {u"Teboil Jyväskylä", u"5541", u"FI", D, 2000, 9500, 6},
    {u"Ravintola Sävel", u"5812", u"FI", D, 1800, 14000, 8},
    {u"Ravintola Kaarna", u"5812", u"FI", D, 1800, 12000, 6},
    {u"Bistro Aalto", u"5812", u"FI", D, 2200, 16000, 5},
    {u"Ravintola Tuulensuu", u"5812", u"FI", D, 1500, 9000, 5},
    {u"Hesburger Kamppi", u"5814", u"FI", D, 450, 2200, 18},
    {u"McDonald's Helsinki Asema", u"5814", u"FI", D, 450, 2500, 12},
    {u"Robert's Coffee Forum", u"5814", u"FI", D, 350, 1500, 12},
    {u"Fazer Café Kluuvikatu", u"5814", u"FI", D, 400, 2500, 8},
    {u"HSL Mobiili", u"4111", u"FI", D, 280, 6470, 25},
    {u"Nysse Tampere", u"4111", u"FI", D, 250, 5900, 6},
    {u"Föli Turku", u"4111", u"FI", D, 300, 5500, 5},
    {u"VR Junaliput", u"4112", u"FI", D, 900, 9500, 10},
    {u"Taksi Helsinki", u"4121", u"FI", D, 1200, 6500, 8},
    {u"Finnair", u"4511", u"FI", D, 4900, 85000, 3},
    {u"Viking Line", u"4411", u"FI", D, 3000, 40000, 2},
    {u"Sokos Hotel Vaakuna", u"7011", u"FI", D, 9000, 32000, 2},
    {u"Scandic Simonkenttä", u"7011", u"FI", D, 9000, 30000, 2},
    {u"Yliopiston Apteekki", u"5912", u"FI", D, 400, 9000, 12},
    {u"Apteekki Kamppi", u"5912", u"FI", D, 400, 6000, 8},
    {u"Verkkokauppa.com", u"5732", u"FI", D, 1500, 120000, 8},
    {u"Gigantti Kamppi", u"5732", u"FI", D, 2000, 150000, 5},
    {u"Akateeminen Kirjakauppa", u"5942", u"FI", D, 1000, 6000, 4},
    {u"Suomalainen Kirjakauppa", u"5942", u"FI", D, 900, 5000, 5},
    {u"Aurora Department Store Helsinki", u"5311", u"FI", D, 1500, 40000, 12},
    {u"Aurora Department Store Tampere", u"5311", u"FI", D, 1500, 35000, 6},
    {u"Elisa Viihde", u"4899", u"FI", D, 1490, 1490, 4},
    {u"Telia Finland", u"4814", u"FI", D, 1990, 5990, 4},
    {u"Finnkino Tennispalatsi", u"7832", u"FI", D, 1300, 4000, 4},
    {u"Otto. Kamppi", u"6011", u"FI", D, 2000, 30000, 5},

    // Sweden
    {u"ICA Maxi Stormarknad Solna", u"5411", u"SE", D, 800, 18000, 40},
    {u"ICA Kvantum Göteborg", u"5411", u"SE", D, 600, 14000, 35},
    {u"Coop Konsum Södermalm", u"5411", u"SE", D, 300, 8000, 35},
    {u"Willys Malmö", u"5411", u"SE", D, 500, 14000, 35},
    {u"Hemköp Uppsala", u"5411", u"SE", D, 300, 9000, 25},
    {u"Lidl Stockholm Kungsholmen", u"5411", u"SE", D, 400, 9000, 20},
    {u"Pressbyrån T-Centralen", u"5499", u"SE", D, 200, 1500, 15},
    {u"Circle K Sveavägen", u"5541", u"SE", D, 2000, 11000, 12},
    {u"Preem Göteborg", u"5542", u"SE", D, 2000, 9000, 10},
    {u"OKQ8 Uppsala", u"5541", u"SE", D, 2000, 10000, 10},
    {u"Restaurang Ekorren", u"5812", u"SE", D, 1800, 14000, 8},
    {u"Brasseri Hamnen", u"5812", u"SE", D, 2200, 16000, 6},
    {u"Restaurang Båtsman", u"5812", u"SE", D, 1500, 9000, 5},
    {u"Max Hamburgare", u"5814", u"SE", D, 450, 2200, 15},
    {u"Espresso House Drottninggatan", u"5814", u"SE", D, 350, 1500, 15},
    {u"SL Access", u"4111", u"SE", D, 300, 8500, 20},
    {u"Västtrafik", u"4111", u"SE", D, 300, 7000, 10},
    {u"Skånetrafiken", u"4111", u"SE", D, 300, 6500, 8},
    {u"SJ AB", u"4112", u"SE", D, 1000, 12000, 8},
    {u"Taxi Stockholm", u"4121", u"SE", D, 1200, 6500, 8},
    {u"SAS Scandinavian Airlines", u"4511", u"SE", D, 4900, 85000, 3},
    {u"Clarion Hotel Sign", u"7011", u"SE", D, 9000, 32000, 2},
    {u"Scandic Malmen", u"7011", u"SE", D, 8000, 28000, 2},
    {u"Apoteket Sergel", u"5912", u"SE", D, 400, 8000, 10},
    {u"Apotek Hjärtat", u"5912", u"SE", D, 400, 7000, 8},
    {u"Elgiganten", u"5732", u"SE", D, 2000, 150000, 6},
    {u"Webhallen", u"5732", u"SE", D, 1500, 110000, 5},
    {u"Adlibris", u"5942", u"SE", D, 1000, 6000, 5},
    {u"Akademibokhandeln", u"5942", u"SE", D, 900, 5000, 4},
    {u"Aurora Varuhus Stockholm", u"5311", u"SE", D, 1500, 40000, 10},
    {u"Systembolaget", u"5921", u"SE", D, 800, 9000, 8},
    {u"Viaplay", u"4899", u"SE", D, 1399, 1399, 4},
    {u"Bankomat Stockholm", u"6011", u"SE", D, 2000, 30000, 4},

    // Norway
    {u"Rema 1000 Grünerløkka", u"5411", u"NO", D, 300, 12000, 40},
    {u"Kiwi Majorstuen", u"5411", u"NO", D, 300, 10000, 40},
    {u"Coop Extra Bergen", u"5411", u"NO", D, 500, 14000, 35},
    {u"Meny Trondheim Torg", u"5411", u"NO", D, 500, 16000, 25},
    {u"Joker Tromsø", u"5411", u"NO", D, 250, 5000, 15},
    {u"Bunnpris Stavanger", u"5411", u"NO", D, 250, 6000, 10},
    {u"Narvesen Oslo S", u"5499", u"NO", D, 200, 1500, 15},
    {u"Circle K Oslo", u"5541", u"NO", D, 2000, 12000, 12},
    {u"Uno-X Automat", u"5542", u"NO", D, 2000, 10000, 10},
    {u"Esso Bergen", u"5541", u"NO", D, 2000, 11000, 8},
    {u"Restaurant Fjordkanten", u"5812", u"NO", D, 2000, 16000, 8},
    {u"Brasseri Bryggen", u"5812", u"NO", D, 2200, 18000, 6},
    {u"Peppes Pizza", u"5812", u"NO", D, 1800, 9000, 8},
    {u"Burger King Karl Johan", u"5814", u"NO", D, 500, 2500, 12},
    {u"Kaffebrenneriet", u"5814", u"NO", D, 350, 1500, 12},
    {u"Ruter", u"4111", u"NO", D, 300, 8500, 20},
    {u"Skyss", u"4111", u"NO", D, 300, 7000, 8},
    {u"Vy Tog", u"4112", u"NO", D, 1000, 12000, 8},
    {u"Oslo Taxi", u"4121", u"NO", D, 1500, 7000, 8},
    {u"Norwegian Air Shuttle", u"4511", u"NO", D, 3900, 70000, 3},
    {u"Thon Hotel Rosenkrantz", u"7011", u"NO", D, 9000, 30000, 2},
    {u"Apotek 1", u"5912", u"NO", D, 400, 8000, 10},
    {u"Vitusapotek", u"5912", u"NO", D, 400, 7000, 6},
    {u"Elkjøp", u"5732", u"NO", D, 2000, 150000, 6},
    {u"Komplett.no", u"5732", u"NO", D, 1500, 120000, 5},
    {u"Norli Bokhandel", u"5942", u"NO", D, 900, 5000, 5},
    {u"Aurora Varehus Oslo", u"5311", u"NO", D, 1500, 40000, 10},
    {u"Vinmonopolet", u"5921", u"NO", D, 1000, 9000, 8},
    {u"Minibank Oslo S", u"6011", u"NO", D, 2000, 30000, 4},

    // Abroad: where Nordic customers travel
    {u"Rewe Berlin Mitte", u"5411", u"DE", D, 400, 8000, 20},
    {u"Edeka München", u"5411", u"DE", D, 400, 8000, 15},
    {u"Deutsche Bahn", u"4112", u"DE", D, 1500, 15000, 8},
    {u"Lufthansa", u"4511", u"DE", D, 6000, 90000, 2},
    {u"Hotel Adlershof Berlin", u"7011", u"DE", D, 9000, 40000, 6},
    {u"Brauhaus Spandau", u"5812", u"DE", D, 1800, 9000, 12},
    {u"Mercadona Málaga", u"5411", u"ES", D, 400, 9000, 20},
    {u"El Corte Inglés Madrid", u"5311", u"ES", D, 2000, 30000, 8},
    {u"Restaurante La Taberna", u"5812", u"ES", D, 1500, 9000, 15},
    {u"Hotel Sol Costa Málaga", u"7011", u"ES", D, 9000, 45000, 6},
    {u"Farmacia Central Fuengirola", u"5912", u"ES", D, 500, 4000, 5},
    {u"Rimi Tallinn", u"5411", u"EE", D, 300, 7000, 20},
    {u"Selver Tallinn", u"5411", u"EE", D, 300, 7000, 15},
    {u"Tallink Silja", u"4411", u"EE", D, 2500, 30000, 8},
    {u"Restoran Olde Hansa", u"5812", u"EE", D, 2000, 9000, 10},
    {u"Bolt Taxi", u"4121", u"EE", D, 500, 3500, 10},
    {u"Walmart Supercenter Orlando", u"5411", u"US", D, 1000, 20000, 15},
    {u"Starbucks New York", u"5814", u"US", D, 450, 1800, 15},
    {u"Uber Trip", u"4121", u"US", D, 1200, 6500, 12},
    {u"Marriott Times Square", u"7011", u"US", D, 15000, 60000, 6},
    {u"Delta Air Lines", u"4511", u"US", D, 9000, 120000, 2},
    {u"Tesco Metro London", u"5411", u"GB", D, 300, 6000, 20},
    {u"Pret A Manger London", u"5814", u"GB", D, 400, 1800, 15},
    {u"Transport for London", u"4111", u"GB", D, 300, 2000, 15},
    {u"Boots Oxford Street", u"5912", u"GB", D, 400, 4000, 6},
    {u"Premier Inn London", u"7011", u"GB", D, 9000, 30000, 6},
    {u"7-Eleven Bangkok", u"5499", u"TH", D, 100, 1500, 20},
    {u"Central Festival Phuket", u"5311", u"TH", D, 1000, 15000, 8},
    {u"Grab Taxi", u"4121", u"TH", D, 200, 2500, 12},
    {u"Kata Beach Resort", u"7011", u"TH", D, 6000, 40000, 6},
    {u"Thai Airways", u"4511", u"TH", D, 9000, 110000, 1},

    // International online shops and subscriptions
    {u"Netflix.com", u"4899", u"NL", O, 1299, 1299, 10},
    {u"Spotify", u"4899", u"SE", O, 1199, 1199, 12},
    {u"Disney Plus", u"4899", u"NL", O, 899, 899, 5},
    {u"HBO Max", u"4899", u"SE", O, 999, 999, 4},
    {u"Amazon.de Marketplace", u"5999", u"DE", O, 1000, 25000, 10},
    {u"Zalando", u"5691", u"DE", O, 2000, 15000, 8},
    {u"CDON", u"5999", u"SE", O, 1000, 12000, 5},
    {u"Apple.com/bill", u"5999", u"IE", O, 99, 2999, 8},
    {u"Google Play", u"5999", u"IE", O, 199, 2999, 5},
    {u"Booking.com", u"7011", u"NL", O, 8000, 60000, 3},
    {u"Wolt", u"5814", u"FI", O, 1500, 5000, 8},
    {u"Lyko.com", u"5977", u"SE", O, 1000, 8000, 3},
    {u"Steam Purchase", u"5999", u"LU", O, 500, 6000, 4},
};

// --- card products (fictional brands) -------------------------------------

const CardProduct productTable[] = {
    {u"Aurora Department Store Mastercard", u"522184", u"522185", u"522186", 500, 5000, 500, false},
    {u"Aurora Gold Mastercard", u"546732", u"546733", u"546734", 2000, 10000, 1000, true},
    {u"Nordbank Mastercard", u"535571", u"535572", u"535573", 1000, 8000, 500, false},
    {u"Nordbank Platinum Mastercard", u"552417", u"552418", u"552419", 5000, 25000, 1000, true},
    {u"Nordbank Travel Mastercard", u"222384", u"222385", u"222386", 2000, 12000, 1000, false},
};

// --- benefit and campaign codes -------------------------------------------

const BenefitCode benefitTable[] = {
    {u"BONUS2X-NOV", u"Double bonus points in November", 60},
    {u"WELCOME500", u"500 welcome bonus points on the first purchase", 90},
    {u"FREEINT-3M", u"No interest on instalments for 3 months", 90},
    {u"TRAVEL-INS", u"Travel insurance included with the card", 0},
    {u"LOUNGE-4", u"Four free airport lounge visits a year", 365},
    {u"XMAS-10", u"10% off at Aurora Department Store in December", 45},
    {u"FUEL-DISC", u"Fuel discount at partner stations", 180},
    {u"BDAY-15", u"15% birthday discount at Aurora Department Store", 30},
    {u"ANNUALFEE-0", u"Annual fee waived for the first year", 365},
    {u"CASHBACK-1", u"1% cashback on groceries", 180},
    {u"STUDENT-FEE0", u"No annual fee for students", 0},
    {u"PLAT-CONCIERGE", u"Platinum concierge service", 0},
    {u"SPRING-3X", u"Triple bonus points on spring fashion", 120},
    {u"BLACKFRIDAY-20", u"Extra 20% off on Black Friday", 14},
    {u"CREDITLIFT-VIP", u"Pre-approved credit limit increase", 60},
};

// --- e-mail providers -----------------------------------------------------

// Demo addresses must never be deliverable: every domain is under the
// reserved .example top-level domain (RFC 2606), named like the providers
// customers really use so that the data reads true.
const EmailDomain emailDomainTable[] = {
    {u"", u"gmail.example", 40}, {u"", u"hotmail.example", 15}, {u"", u"outlook.example", 12},
    {u"", u"icloud.example", 8}, {u"", u"yahoo.example", 3},
    {u"FI", u"elisanet.example", 6}, {u"FI", u"kolumbus.example", 3}, {u"FI", u"luukku.example", 3},
    {u"FI", u"suomi24.example", 2}, {u"FI", u"welho.example", 2},
    {u"SE", u"telia.example", 6}, {u"SE", u"live-se.example", 6}, {u"SE", u"bredband.example", 3},
    {u"SE", u"spray.example", 2},
    {u"NO", u"online-no.example", 7}, {u"NO", u"live-no.example", 5}, {u"NO", u"broadpark.example", 2},
    {u"NO", u"getmail.example", 3},
};

// --- agents ---------------------------------------------------------------

const DemoAgent agentTable[] = {
    {u"aino.lehtonen", u"Aino Lehtonen", u"agent", u"fi"},
    {u"jukka.salminen", u"Jukka Salminen", u"agent", u"fi"},
    {u"emma.heikkinen", u"Emma Heikkinen", u"agent", u"fi"},
    {u"laura.kallio", u"Laura Kallio", u"agent", u"fi"},
    {u"ville.rantanen", u"Ville Rantanen", u"agent", u"fi"},
    {u"oskar.lindqvist", u"Oskar Lindqvist", u"agent", u"sv"},
    {u"sara.nyberg", u"Sara Nyberg", u"agent", u"sv"},
    {u"johan.eriksson", u"Johan Eriksson", u"agent", u"sv"},
    {u"ingrid.haugen", u"Ingrid Haugen", u"agent", u"nb"},
    {u"lars.solberg", u"Lars Solberg", u"agent", u"nb"},
    {u"riikka.nurmi", u"Riikka Nurmi", u"supervisor", u"fi"},
    {u"henrik.dahl", u"Henrik Dahl", u"supervisor", u"en"},
};

} // namespace

WordList femaleFirstNames(Culture culture)
{
    switch (culture) {
    case Culture::Finnish:
        return {finnishFemale, countOf(finnishFemale)};
    case Culture::FinlandSwedish:
        return {finlandSwedishFemale, countOf(finlandSwedishFemale)};
    case Culture::Swedish:
        return {swedishFemale, countOf(swedishFemale)};
    case Culture::Norwegian:
        break;
    }
    return {norwegianFemale, countOf(norwegianFemale)};
}

WordList maleFirstNames(Culture culture)
{
    switch (culture) {
    case Culture::Finnish:
        return {finnishMale, countOf(finnishMale)};
    case Culture::FinlandSwedish:
        return {finlandSwedishMale, countOf(finlandSwedishMale)};
    case Culture::Swedish:
        return {swedishMale, countOf(swedishMale)};
    case Culture::Norwegian:
        break;
    }
    return {norwegianMale, countOf(norwegianMale)};
}

WordList surnames(Culture culture)
{
    switch (culture) {
    case Culture::Finnish:
        return {finnishSurnames, countOf(finnishSurnames)};
    case Culture::FinlandSwedish:
        return {finlandSwedishSurnames, countOf(finlandSwedishSurnames)};
    case Culture::Swedish:
        return {swedishSurnames, countOf(swedishSurnames)};
    case Culture::Norwegian:
        break;
    }
    return {norwegianSurnames, countOf(norwegianSurnames)};
}

CityList cities()
{
    return {cityTable, countOf(cityTable)};
}

MerchantList merchants()
{
    return {merchantTable, countOf(merchantTable)};
}

CardProductList cardProducts()
{
    return {productTable, countOf(productTable)};
}

BenefitList benefitCodes()
{
    return {benefitTable, countOf(benefitTable)};
}

EmailDomainList emailDomains()
{
    return {emailDomainTable, countOf(emailDomainTable)};
}

DemoAgentList agents()
{
    return {agentTable, countOf(agentTable)};
}

} // namespace DemoWords
