import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseId, ParseOptionalId, Roles, type Principal } from '@ptc/platform';
import { AvailabilityDto, AvailabilityQuery, CreateEveningDto } from '../dto/evening.dto.js';
import { EveningsService } from './evenings.service.js';

@ApiTags('admin: parents’ evenings')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/events')
export class AdminEveningsController {
  constructor(private readonly evenings: EveningsService) {}

  @Post()
  create(@Body() dto: CreateEveningDto) {
    return this.evenings.create(dto);
  }

  @Get()
  list() {
    return this.evenings.list();
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.evenings.get(id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@Param('id', ParseId) id: string) {
    return this.evenings.changeStatus(id, 'published');
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@Param('id', ParseId) id: string) {
    return this.evenings.changeStatus(id, 'closed');
  }

  @Put(':id/teachers/:teacherId/availability')
  availability(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseId) id: string,
    @Param('teacherId', ParseId) teacherId: string,
    @Body() dto: AvailabilityDto,
    @Query() query: AvailabilityQuery,
  ) {
    return this.evenings.setAvailability(principal, id, teacherId, dto, query.cancelAffected);
  }

  @Get(':id/slots')
  slots(@Param('id', ParseId) id: string, @Query('teacherId', ParseOptionalId) teacherId?: string) {
    return this.evenings.slots(id, teacherId);
  }
}

@ApiTags('teacher: parents’ evenings')
@ApiBearerAuth()
@Roles('teacher')
@Controller('teacher/events')
export class TeacherEveningsController {
  constructor(private readonly evenings: EveningsService) {}

  @Get(':id/slots')
  slots(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.evenings.slots(id, principal.personId ?? '00000000-0000-0000-0000-000000000000');
  }
}

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent/events')
export class ParentEveningsController {
  constructor(private readonly evenings: EveningsService) {}

  @Get()
  list() {
    return this.evenings.listPublished();
  }

  @Get(':id')
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.evenings.forParent(principal, id);
  }
}

/** Admins block or unblock any slot of an evening; teachers only their own (the service checks). */
@ApiTags('parents’ evenings: slots')
@ApiBearerAuth()
@Roles('school_admin', 'teacher')
@Controller()
export class SlotBlockingController {
  constructor(private readonly evenings: EveningsService) {}

  @Post(['admin/events/:id/slots/:slotId/block', 'teacher/events/:id/slots/:slotId/block'])
  @HttpCode(200)
  block(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('slotId', ParseId) slotId: string) {
    return this.evenings.setBlocked(principal, id, slotId, true);
  }

  @Post(['admin/events/:id/slots/:slotId/unblock', 'teacher/events/:id/slots/:slotId/unblock'])
  @HttpCode(200)
  unblock(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('slotId', ParseId) slotId: string) {
    return this.evenings.setBlocked(principal, id, slotId, false);
  }
}
