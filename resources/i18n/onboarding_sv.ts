<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Your progress</source>
        <translation>Dina framsteg</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Onboarding: audience view</source>
        <translation>Onboarding: publikvy</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Publikvy</translation>
    </message>
</context>
<context>
    <name>BlackScreen</name>
    <message>
        <source>Black screen</source>
        <translation>Svart skärm</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>The certificate could not be made for {path}.</source>
        <translation>Intyget kunde inte skapas för {path}.</translation>
    </message>
    <message>
        <source>The certificate could not be saved as {path}: {detail}. Choose another folder, for example Documents.</source>
        <translation>Intyget kunde inte sparas som {path}: {detail}. Välj en annan mapp, till exempel Dokument.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} av {total} klara</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>✓ Right answer</source>
        <translation>✓ Rätt svar</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>What {name} values</source>
        <translation>Det här är viktigt för {name}</translation>
    </message>
    <message>
        <source>As an employee</source>
        <translation>Som medarbetare</translation>
    </message>
    <message>
        <source>As a manager</source>
        <translation>Som chef</translation>
    </message>
    <message>
        <source>Results for {name}</source>
        <translation>Resultat för {name}</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Ditt resultat</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Correct answers</source>
        <translation>Rätt svar</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>{correct} of {total}</source>
        <translation>{correct} av {total}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Godkänt.</translation>
    </message>
    <message>
        <source>You reached the pass mark of {mark}%.</source>
        <translation>Du klarade gränsen på {mark} %.</translation>
    </message>
    <message>
        <source>Not passed yet.</source>
        <translation>Inte godkänt än.</translation>
    </message>
    <message>
        <source>The pass mark is {mark}%. Review the questions below and try the quizzes again.</source>
        <translation>Gränsen för godkänt är {mark} %. Titta på frågorna nedan och svara på dem igen.</translation>
    </message>
    <message>
        <source>Questions to review</source>
        <translation>Frågor att titta på igen</translation>
    </message>
    <message>
        <source>Go back to: {step}</source>
        <translation>Gå tillbaka till: {step}</translation>
    </message>
    <message>
        <source>You answered every question correctly.</source>
        <translation>Du svarade rätt på alla frågor.</translation>
    </message>
    <message>
        <source>This introduction has no quiz questions.</source>
        <translation>Den här introduktionen har inga frågor.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>This certifies that {name} has completed</source>
        <translation>Härmed intygas att {name} har gått igenom</translation>
    </message>
    <message>
        <source>with {correct} of {total} questions answered correctly ({percent}%).</source>
        <translation>med {correct} av {total} rätt svar ({percent} %).</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Sök i ordlistan</translation>
    </message>
    <message>
        <source>Shows only the terms whose word or explanation contains what you type.</source>
        <translation>Visar bara de ord där ordet eller förklaringen innehåller det du skriver.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökfältet</translation>
    </message>
    <message>
        <source>No term matches “{query}”.</source>
        <translation>Inget ord matchar ”{query}”.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Steg {number} av {total}</translation>
    </message>
    <message>
        <source>Answer every question to go on.</source>
        <translation>Svara på alla frågor för att gå vidare.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Tillbaka till föregående steg</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Progress through the introduction</source>
        <translation>Hur långt du har kommit i introduktionen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>…and {count} more.</source>
        <translation>…och {count} till.</translation>
    </message>
    <message>
        <source>Some chapters are left out</source>
        <translation>Några kapitel visas inte</translation>
    </message>
    <message>
        <source>These files have problems, so their chapters are left out until they are corrected. Please tell the person responsible for the introduction.</source>
        <translation>De här filerna har fel, så deras kapitel visas inte förrän felen är rättade. Berätta det för den som ansvarar för introduktionen.</translation>
    </message>
    <message>
        <source>The introduction in {folder} cannot be opened.</source>
        <translation>Introduktionen i {folder} går inte att öppna.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Föregående steg</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Kontrollera svaret</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Ordlista</translation>
    </message>
    <message>
        <source>Larger / smaller text</source>
        <translation>Större/mindre text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Flytta mellan knappar och fält</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>{app} {version}: a first-day introduction for new employees.</source>
        <translation>{app} {version}: en introduktion för nya medarbetare på första arbetsdagen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Choose introduction…</source>
        <translation>&amp;Välj introduktion…</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presentatörsläge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Kontrollera svaret</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Ordlista</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal textstorlek</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <source>Each line names the file, line and column, and what is wrong. Correct the file, or choose another introduction.</source>
        <translation>Varje rad visar fil, rad och kolumn och vad som är fel. Rätta filen eller välj en annan introduktion.</translation>
    </message>
    <message>
        <source>Choose another introduction</source>
        <translation>Välj en annan introduktion</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problem som hittades</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Match for: %1</source>
        <translation>Hör ihop med: %1</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Rätt</translation>
    </message>
    <message>
        <source>✗ Wrong. The right match is: %1</source>
        <translation>✗ Fel. Rätt svar är: %1</translation>
    </message>
    <message>
        <source>✓ Right answer</source>
        <translation>✓ Rätt svar</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>✓ Right</source>
        <translation>✓ Rätt</translation>
    </message>
    <message>
        <source>✗ Wrong: should not be chosen</source>
        <translation>✗ Fel: ska inte väljas</translation>
    </message>
    <message>
        <source>✗ Missed: this one is right too</source>
        <translation>✗ Du missade den här, den är också rätt</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Select an item and move it with the buttons or with Alt+Up and Alt+Down. You can also drag it.</source>
        <translation>Markera ett alternativ och flytta det med knapparna eller med Alt+Pil upp och Alt+Pil ned. Du kan också dra det.</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Ordning: %1</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Flytta det markerade alternativet uppåt (Alt+Pil upp)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta n&amp;er</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Flytta det markerade alternativet nedåt (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>✓ Right place</source>
        <translation>✓ Rätt plats</translation>
    </message>
    <message>
        <source>✗ Wrong place</source>
        <translation>✗ Fel plats</translation>
    </message>
    <message>
        <source>The right order:</source>
        <translation>Rätt ordning:</translation>
    </message>
    <message>
        <source>✓ All in the right order</source>
        <translation>✓ Allt är i rätt ordning</translation>
    </message>
    <message>
        <source>✗ Some items are in the wrong place</source>
        <translation>✗ Några alternativ är på fel plats</translation>
    </message>
</context>
<context>
    <name>OverviewTree</name>
    <message>
        <source>Chapters and steps</source>
        <translation>Kapitel och steg</translation>
    </message>
    <message>
        <source>Enter shows the step to the room; Esc closes.</source>
        <translation>Enter visar steget för alla i rummet, Esc stänger.</translation>
    </message>
</context>
<context>
    <name>PackChooser</name>
    <message>
        <source>Welcome! Choose your employer&apos;s introduction</source>
        <translation>Välkommen! Välj din arbetsgivares introduktion</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose and Enter to start.</source>
        <translation>Välj med piltangenterna och starta med Enter.</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introduktioner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Start the chosen introduction</source>
        <translation>Starta den valda introduktionen</translation>
    </message>
    <message>
        <source>{title} cannot be opened:</source>
        <translation>{title} går inte att öppna:</translation>
    </message>
    <message>
        <source>No introductions were found.</source>
        <translation>Det finns inga introduktioner.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>{count} questions to answer together.</source>
        <translation>{count} frågor att svara på tillsammans.</translation>
    </message>
    <message>
        <source>One question to answer together.</source>
        <translation>En fråga att svara på tillsammans.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Fråga {number} av {total}</translation>
    </message>
    <message>
        <source>Several answers may be right.</source>
        <translation>Flera svar kan vara rätt.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falskt</translation>
    </message>
    <message>
        <source>✓ Right answer</source>
        <translation>✓ Rätt svar</translation>
    </message>
    <message>
        <source>✓ The right order</source>
        <translation>✓ Rätt ordning</translation>
    </message>
    <message>
        <source>{title}: {position}, answer shown</source>
        <translation>{title}: {position}, svaret visas</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <source>No introduction found.</source>
        <translation>Ingen introduktion hittades.</translation>
    </message>
    <message>
        <source>The introduction in {folder} cannot be opened.</source>
        <translation>Introduktionen i {folder} går inte att öppna.</translation>
    </message>
    <message>
        <source>Some chapters in {folder} have problems and are left out.</source>
        <translation>Några kapitel i {folder} har fel och visas inte.</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Onboarding: presenter view</source>
        <translation>Onboarding: presentatörsvy</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Talaranteckningar</translation>
    </message>
    <message>
        <source>Time since the session started</source>
        <translation>Tid sedan passet började</translation>
    </message>
    <message>
        <source>Position in the introduction</source>
        <translation>Var du är i introduktionen</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Det som visas i rummet</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Visas nu</translation>
    </message>
    <message>
        <source>Shown next</source>
        <translation>Visas härnäst</translation>
    </message>
    <message>
        <source>Preview of the current slide with its answer</source>
        <translation>Förhandsvisning av bilden som visas nu, med svaret</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handuppräckning</translation>
    </message>
    <message>
        <source>Next: PageDown, →, Space · Back: PageUp, ← · Black screen: B or . · Overview: G · Show of hands: 1–9 (Alt+digit takes one away, 0 clears), T shows or hides the chart · Larger/smaller text: + / − · Full screen: F5, leave with Esc · End: Q</source>
        <translation>Nästa: PageDown, →, mellanslag · Tillbaka: PageUp, ← · Svart skärm: B eller . · Översikt: G · Handuppräckning: 1–9 (Alt+siffra tar bort en, 0 nollställer), T visar eller döljer diagrammet · Större/mindre text: + / − · Helskärm: F5, lämna med Esc · Avsluta: Q</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {chapter}</source>
        <translation>Steg {number} av {total} · {chapter}</translation>
    </message>
    <message>
        <source>The end of the introduction</source>
        <translation>Slutet på introduktionen</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>Visa svaret</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Inga anteckningar för det här steget.</translation>
    </message>
    <message>
        <source>Show of hands: {counts}</source>
        <translation>Handuppräckning: {counts}</translation>
    </message>
    <message>
        <source>Room: black screen</source>
        <translation>Rummet: svart skärm</translation>
    </message>
    <message>
        <source>Room: chart shown</source>
        <translation>Rummet: diagrammet visas</translation>
    </message>
    <message>
        <source>Room: slide shown</source>
        <translation>Rummet: bilden visas</translation>
    </message>
    <message>
        <source>not full screen</source>
        <translation>inte helskärm</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Your progress could not be saved: {detail}.</source>
        <translation>Dina framsteg kunde inte sparas: {detail}.</translation>
    </message>
    <message>
        <source>Your saved progress in {path} could not be read ({detail}), so the file was moved to {moved} and a new one was started. Nothing was deleted.</source>
        <translation>Dina sparade framsteg i {path} gick inte att läsa ({detail}). Filen flyttades därför till {moved} och en ny fil påbörjades. Inget har raderats.</translation>
    </message>
    <message>
        <source>Progress cannot be saved in {path} ({detail}). You can go through the introduction, but what you do now will not be kept when the app closes.</source>
        <translation>Framsteg kan inte sparas i {path} ({detail}). Du kan gå igenom introduktionen, men det du gör nu finns inte kvar när appen stängs.</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Kontrollera svaret</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Kontrollera svaret</translation>
    </message>
    <message>
        <source>Check answer (Ctrl+Return)</source>
        <translation>Kontrollera svaret (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Föregående fråga</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Föregående fråga</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nästa fråga</translation>
    </message>
    <message>
        <source>Questions to look at again</source>
        <translation>Frågor att titta på igen</translation>
    </message>
    <message>
        <source>&amp;Retry the missed questions</source>
        <translation>Försök &amp;igen med frågorna du missade</translation>
    </message>
    <message>
        <source>Retry the missed questions</source>
        <translation>Försök igen med frågorna du missade</translation>
    </message>
    <message>
        <source>Re&amp;view your answers</source>
        <translation>Gå igenom &amp;dina svar</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Gå igenom dina svar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>✓ Right!</source>
        <translation>✓ Rätt!</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Inte riktigt.</translation>
    </message>
    <message>
        <source>Read about this again: %1</source>
        <translation>Läs om det här igen: %1</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>Se &amp;resultatet</translation>
    </message>
    <message>
        <source>You got %1 of %2 right.</source>
        <translation>Du fick %1 av %2 rätt.</translation>
    </message>
    <message>
        <source>Pass mark: %1 %.</source>
        <translation>Gräns för godkänt: %1 %.</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Godkänt</translation>
    </message>
    <message>
        <source>✗ Not passed yet</source>
        <translation>✗ Inte godkänt än</translation>
    </message>
    <message>
        <source>Questions to look at again:</source>
        <translation>Frågor att titta på igen:</translation>
    </message>
</context>
<context>
    <name>RadioChoiceWidget</name>
    <message>
        <source>✓ Right</source>
        <translation>✓ Rätt</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Fel</translation>
    </message>
    <message>
        <source>✓ The right answer</source>
        <translation>✓ Rätt svar</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your &amp;name (for the certificate):</source>
        <translation>Ditt &amp;namn (för intyget):</translation>
    </message>
    <message>
        <source>Your name (for the certificate)</source>
        <translation>Ditt namn (för intyget)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>Save &amp;certificate (PDF)…</source>
        <translation>Spara &amp;intyget (PDF)…</translation>
    </message>
    <message>
        <source>Save certificate (PDF)</source>
        <translation>Spara intyget (PDF)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>You have {correct} of {total} right. A certificate needs {mark}% right: go back to the questions you missed and try them again.</source>
        <translation>Du har {correct} av {total} rätt. För att få ett intyg behöver du {mark} % rätt: gå tillbaka till frågorna du missade och försök igen.</translation>
    </message>
    <message>
        <source>Write your name above to save your certificate.</source>
        <translation>Skriv ditt namn ovanför för att spara ditt intyg.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Spara intyget</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Intyget sparades inte</translation>
    </message>
    <message>
        <source>Certificate saved</source>
        <translation>Intyget är sparat</translation>
    </message>
    <message>
        <source>Your certificate was saved as {path}.</source>
        <translation>Ditt intyg sparades som {path}.</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Answers in the room</source>
        <translation>Svaren i rummet</translation>
    </message>
    <message>
        <source>option {label}: {count} ({percent} %)</source>
        <translation>alternativ {label}: {count} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Stäng förklaringen</translation>
    </message>
    <message>
        <source>Unknown term</source>
        <translation>Okänt ord</translation>
    </message>
    <message>
        <source>This word has no explanation in the glossary.</source>
        <translation>Det här ordet har ingen förklaring i ordlistan.</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falskt</translation>
    </message>
</context>
</TS>
