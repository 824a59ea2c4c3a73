import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, PageOf, PageQuery, ParseId, Roles, Scopes, type Principal } from '@ptc/platform';
import { EveningDetailView, EveningGridView, EveningView, ParentEveningView, SlotBlockedView, SlotView, TeacherEveningSummaryView, TeacherEveningView, UpcomingAppointmentView } from '../dto/views.js';
import { AddEveningTeacherDto, AvailabilityDto, AvailabilityQuery, ConfirmCancellationsQuery, CreateEveningDto, EveningDetailsDto, SlotsQuery } from '../dto/evening.dto.js';
import { EveningsService } from './evenings.service.js';

@ApiTags('admin: parents’ evenings')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/events')
export class AdminEveningsController {
  constructor(private readonly evenings: EveningsService) {}

  @Post()
  @Operation({ id: 'createEvening', summary: "A parents' evening with its sessions and teachers; slots are generated", status: 201, type: EveningDetailView })
  create(@Body() dto: CreateEveningDto) {
    return this.evenings.create(dto);
  }

  @Get()
  @Scopes('bookings:read', 'schedules:read')
  @Operation({ id: 'listEvenings', summary: "The school's parents' evenings", type: PageOf(EveningView) })
  list(@Query() query: PageQuery) {
    return this.evenings.list(query);
  }

  @Get(':id')
  @Scopes('bookings:read', 'schedules:read')
  @Operation({ id: 'getEvening', summary: 'One evening with its sessions and teachers', type: EveningDetailView })
  get(@Param('id', ParseId) id: string) {
    return this.evenings.get(id);
  }

  @Put(':id')
  @Operation({ id: 'updateDraftEvening', summary: "Change a draft's whole set-up (sessions and slots are made again; teachers who stay keep their hours)", type: EveningDetailView })
  update(@Param('id', ParseId) id: string, @Body() dto: CreateEveningDto) {
    return this.evenings.updateDraft(id, dto);
  }

  @Delete(':id')
  @Operation({ id: 'deleteDraftEvening', summary: 'Delete a draft evening with its sessions, teachers and slots (a published one is closed instead)', status: 204 })
  remove(@Param('id', ParseId) id: string) {
    return this.evenings.deleteDraft(id);
  }

  @Patch(':id')
  @Operation({
    id: 'updateEveningDetails',
    summary: "Change an evening's name, place, booking window, cap, year groups or staged opening, also once published (parents with appointments are emailed when the name or place changes)",
    type: EveningDetailView,
  })
  updateDetails(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: EveningDetailsDto, @Query() query: ConfirmCancellationsQuery) {
    return this.evenings.updateDetails(principal, id, dto, query.cancelAffected);
  }

  @Post(':id/teachers')
  @Operation({ id: 'addEveningTeacher', summary: 'A teacher joins the evening (their times are made from its sessions)', status: 201, type: EveningDetailView })
  addTeacher(@Param('id', ParseId) id: string, @Body() dto: AddEveningTeacherDto) {
    return this.evenings.addTeacher(id, dto.teacherId);
  }

  @Delete(':id/teachers/:teacherId')
  @Operation({ id: 'removeEveningTeacher', summary: 'A teacher leaves the evening with their times (their appointments only with cancelAffected=true: the parents are told)', type: EveningDetailView })
  removeTeacher(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('teacherId', ParseId) teacherId: string, @Query() query: ConfirmCancellationsQuery) {
    return this.evenings.removeTeacher(principal, id, teacherId, query.cancelAffected);
  }

  @Post(':id/publish')
  @Operation({ id: 'publishEvening', summary: 'Publish a draft evening (parents can see it; booking opens at opensAt)', type: EveningView })
  publish(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.evenings.changeStatus(id, 'published', principal);
  }

  @Post(':id/close')
  @Operation({ id: 'closeEvening', summary: 'Close an evening (no more bookings)', type: EveningView })
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.evenings.changeStatus(id, 'closed', principal);
  }

  @Put(':id/teachers/:teacherId/availability')
  @Operation({ id: 'setTeacherAvailability', summary: "A teacher's hours, breaks and room; regenerates their slots", type: EveningDetailView })
  availability(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseId) id: string,
    @Param('teacherId', ParseId) teacherId: string,
    @Body() dto: AvailabilityDto,
    @Query() query: AvailabilityQuery,
  ) {
    return this.evenings.setAvailability(principal, id, teacherId, dto, query.cancelAffected);
  }

  @Get(':id/grid')
  @Scopes('bookings:read')
  @Operation({ id: 'getEveningGrid', summary: 'Every slot of the evening, teacher by teacher, free, booked (with the student) or blocked, with counts', type: EveningGridView })
  grid(@Param('id', ParseId) id: string) {
    return this.evenings.grid(id);
  }

  @Get(':id/slots')
  @Scopes('bookings:read')
  @Operation({ id: 'listEveningSlots', summary: "The evening's slots with their booking (optionally one teacher's)", type: PageOf(SlotView) })
  slots(@Param('id', ParseId) id: string, @Query() query: SlotsQuery) {
    return this.evenings.slots(id, query.teacherId, query);
  }
}

@ApiTags('teacher: parents’ evenings')
@ApiBearerAuth()
@Roles('teacher')
@Controller('teacher/events')
export class TeacherEveningsController {
  constructor(private readonly evenings: EveningsService) {}

  @Get()
  @Operation({ id: 'listOwnEvenings', summary: 'The evenings the caller takes part in, latest first, with their own slot counts', type: PageOf(TeacherEveningSummaryView) })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.evenings.listForTeacher(principal, query);
  }

  @Get(':id')
  @Operation({ id: 'getOwnEvening', summary: "One evening as the caller sees it: sessions, their own hours and breaks, whether they may change them", type: TeacherEveningView })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.evenings.forTeacher(principal, id);
  }

  @Put(':id/availability')
  @Operation({ id: 'setOwnAvailability', summary: "The caller's own hours, breaks and room, when the school lets teachers set them; regenerates their slots", type: TeacherEveningView })
  availability(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: AvailabilityDto, @Query() query: AvailabilityQuery) {
    return this.evenings.setOwnAvailability(principal, id, dto, query.cancelAffected);
  }

  @Get(':id/slots')
  @Operation({ id: 'listOwnSlots', summary: "The caller's own slots in an evening", type: PageOf(SlotView) })
  slots(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Query() query: PageQuery) {
    return this.evenings.slots(id, principal.personId ?? '00000000-0000-0000-0000-000000000000', query);
  }
}

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent/events')
export class ParentEveningsController {
  constructor(private readonly evenings: EveningsService) {}

  @Get()
  @Operation({ id: 'listParentEvenings', summary: 'Published evenings', type: PageOf(EveningView) })
  list(@Query() query: PageQuery) {
    return this.evenings.listPublished(query);
  }

  @Get(':id')
  @Operation({ id: 'getParentEvening', summary: "For each of the caller's children: their teachers' free slots and the child's appointments", type: ParentEveningView })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.evenings.forParent(principal, id);
  }
}

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent/appointments')
export class ParentAppointmentsController {
  constructor(private readonly evenings: EveningsService) {}

  @Get()
  @Operation({ id: 'listParentAppointments', summary: "The family's appointments that have not ended, across evenings, in time order", type: [UpcomingAppointmentView] })
  list(@CurrentPrincipal() principal: Principal) {
    return this.evenings.upcomingForParent(principal);
  }
}

/** Admins block or unblock any slot of an evening. */
@ApiTags('admin: parents’ evenings')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/events')
export class AdminSlotBlockingController {
  constructor(private readonly evenings: EveningsService) {}

  @Post(':id/slots/:slotId/block')
  @Operation({ id: 'blockSlot', summary: 'Take a free slot out of booking', type: SlotBlockedView })
  block(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('slotId', ParseId) slotId: string): Promise<SlotBlockedView> {
    return this.evenings.setBlocked(principal, id, slotId, true);
  }

  @Post(':id/slots/:slotId/unblock')
  @Operation({ id: 'unblockSlot', summary: 'Offer a blocked slot again', type: SlotBlockedView })
  unblock(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('slotId', ParseId) slotId: string): Promise<SlotBlockedView> {
    return this.evenings.setBlocked(principal, id, slotId, false);
  }
}

/** Teachers block or unblock only their own slots (the service checks: another's answers 404). */
@ApiTags('teacher: parents’ evenings')
@ApiBearerAuth()
@Roles('teacher')
@Controller('teacher/events')
export class TeacherSlotBlockingController {
  constructor(private readonly evenings: EveningsService) {}

  @Post(':id/slots/:slotId/block')
  @Operation({ id: 'blockOwnSlot', summary: 'Take one of the own free slots out of booking', type: SlotBlockedView })
  block(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('slotId', ParseId) slotId: string): Promise<SlotBlockedView> {
    return this.evenings.setBlocked(principal, id, slotId, true);
  }

  @Post(':id/slots/:slotId/unblock')
  @Operation({ id: 'unblockOwnSlot', summary: 'Offer one of the own blocked slots again', type: SlotBlockedView })
  unblock(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('slotId', ParseId) slotId: string): Promise<SlotBlockedView> {
    return this.evenings.setBlocked(principal, id, slotId, false);
  }
}
