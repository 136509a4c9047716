-- Summaries kept as counts per village and per sub-district, so that a province's summary adds up
-- a few thousand rows instead of joining a million households to their visits' rows.
--
-- kind: T totals (households, amount = people), I an indicator failed (households), P a programme
-- recommended (recommendations, amount = baht a year), R a programme already received, O a survey
-- question left open (households, the member's index left out: members[].sso40).
create table village_tally (
    village     varchar(8)  not null,
    subdistrict varchar(6)  not null,
    district    varchar(4)  not null,
    province    varchar(2)  not null,
    kind        varchar(1)  not null,
    item        varchar(80) not null,
    households  bigint      not null,
    amount      bigint      not null,
    constraint village_tally_key primary key (village, kind, item)
);
create index village_tally_subdistrict on village_tally (subdistrict);

create table subdistrict_tally (
    subdistrict varchar(6)  not null,
    district    varchar(4)  not null,
    province    varchar(2)  not null,
    kind        varchar(1)  not null,
    item        varchar(80) not null,
    households  bigint      not null,
    amount      bigint      not null,
    constraint subdistrict_tally_key primary key (subdistrict, kind, item)
);
create index subdistrict_tally_district on subdistrict_tally (district);
create index subdistrict_tally_province on subdistrict_tally (province);

-- Villages whose households changed since their tally was counted: written in the same transaction
-- as the visits, counted again before a summary of theirs is read (and at the end of an import).
create table tally_dirty (
    village varchar(8) not null
);
create index tally_dirty_village on tally_dirty (village);

insert into tally_dirty (village) select distinct village from household;
