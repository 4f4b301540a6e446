-- Where and how a result is collected (issue 15, item 9). An organization's address in English and
-- its reception hours in each language, for the status page, the account and the notice; the
-- hand-over of the result recorded on the package (who received it, the power of attorney, the
-- identity check), as its audit event records it too.
ALTER TABLE "Organization" ADD COLUMN "addressEn" TEXT,
  ADD COLUMN "receptionHoursKk" TEXT,
  ADD COLUMN "receptionHoursRu" TEXT,
  ADD COLUMN "receptionHoursEn" TEXT;

CREATE TYPE "ResultRecipient" AS ENUM ('APPLICANT', 'REPRESENTATIVE');

ALTER TABLE "Application" ADD COLUMN "resultRecipient" "ResultRecipient",
  ADD COLUMN "resultRepresentativeName" TEXT,
  ADD COLUMN "resultPowerOfAttorneyNumber" TEXT,
  ADD COLUMN "isRecipientIdentityChecked" BOOLEAN;

-- How long an unclaimed result is kept is the version's rule (`unclaimedResult`). Neither the
-- 2018 regulation nor our notes of Standard No. 632 say it: every stored version, drafts too, gets
-- the typical pattern of the Standards of that time, unconfirmed (prisma/reference/regulation-versions.ts).
UPDATE "RegulationVersion"
SET "rules" = "rules"::jsonb || jsonb_build_object('unclaimedResult', $rule${
  "STATE_CORP": {
    "keptForMonths": 1,
    "thenPassedToProvider": true,
    "source": {
      "kk": "Сол кездегі стандарттардың әдеттегі тәртібі (15-мәселе, 9-тармақ): Мемлекеттік корпорация алынбаған нәтижені бір ай сақтайды, содан кейін сақтауға көрсетілетін қызметті берушіге береді; регламентте де, № 632 Стандарт туралы жазбаларымызда да жоқ",
      "ru": "Типичный порядок стандартов того времени (задача 15, пункт 9): Государственная корпорация хранит невостребованный результат один месяц, затем передаёт его услугодателю на хранение; нет ни в регламенте, ни в наших записях о Стандарте № 632",
      "en": "The typical pattern of the Standards of that time (issue 15, item 9): the State Corporation keeps an unclaimed result one month, then passes it to the provider for keeping; not in the seed regulation nor in our notes of Standard No. 632"
    },
    "isConfirmed": false
  },
  "OFFICE": {
    "keptForMonths": null,
    "thenPassedToProvider": false,
    "source": {
      "kk": "Регламент те, № 632 Стандарт туралы жазбаларымыз да көрсетілетін қызметті берушінің кеңсесінде сақталатын нәтиженің мерзімін белгілемейді: кеңсе оны алынғанға дейін сақтайды",
      "ru": "Ни регламент, ни наши записи о Стандарте № 632 не устанавливают срок хранения результата в канцелярии услугодателя: канцелярия хранит его до получения",
      "en": "Neither the seed regulation nor our notes of Standard No. 632 set a term for a result kept at the provider's office: the office keeps it until it is collected"
    },
    "isConfirmed": false
  }
}$rule$::jsonb)
WHERE NOT ("rules"::jsonb ? 'unclaimedResult');
