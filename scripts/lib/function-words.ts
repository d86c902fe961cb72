/**
 * The commonest words of the languages our readers' other news pages are in
 * (Spanish, French, Portuguese, Italian, German), folded like alias keys. Written
 * for this project; English comes from SUBTLEX (common-words.ts). A place whose
 * name is one of them ("Este", "Como", "Sur") links only with strong support.
 */
const LISTS = {
  es: 'de la que el en los del se las por un para con no una su al lo como mas pero sus le ya este porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos esto antes algunos unos otro otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros sur norte oeste centro',
  fr: 'le la les de des du un une et en au aux pour par sur dans avec sans sous ce cet cette ces qui que quoi dont ou mais donc ni car est sont etait plus moins tres bien tout tous toute toutes nous vous ils elles leur leurs son sa ses mon ma mes pas ne aussi comme apres avant depuis entre vers chez selon encore deja alors ainsi',
  pt: 'os as um uma do da dos das em no na nos nas por para com sem sobre entre que ou mas como mais muito ja tambem ate pelo pela seu sua ele ela eles elas isso este esta esse essa aqui onde quando',
  it: 'il lo la gli le un uno una di del della dei degli delle in nel nella con su per tra fra che ma come piu molto anche gia dove quando questo questa quello quella sono era sul sulla',
  de: 'der die das den dem des ein eine einer einem und oder aber nicht mit von zu im an auf fur aus bei nach uber unter vor ist sind war wie auch noch nur schon sehr mehr wenn dass als wir sie er es ich',
};

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(Object.values(LISTS).flatMap((l) => l.split(' ')));
