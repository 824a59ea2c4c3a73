import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, ParseId, RateLimited, Roles, type Principal } from '@ptc/platform';
import { AppointmentView } from '../dto/views.js';
import { ScheduleProposalView, ScheduleRequestDto } from './schedule-proposal.dto.js';
import { ScheduleProposalsService } from './schedule-proposals.service.js';

export class BookedScheduleView {
  @ApiProperty({ type: [AppointmentView] })
  appointments!: AppointmentView[];
}

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent/events')
export class ScheduleProposalsController {
  constructor(private readonly proposals: ScheduleProposalsService) {}

  @Post(':id/schedule-proposals')
  @RateLimited('bookingWrites')
  @Operation({
    id: 'proposeSchedule',
    summary: 'The most compact set of free times for the teachers a parent wants to see (holds nothing); 409 SCHEDULE.NO_FIT names teachers without a fitting time',
    status: 201,
    type: ScheduleProposalView,
  })
  propose(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ScheduleRequestDto) {
    return this.proposals.propose(principal, id, dto);
  }

  @Post(':id/schedule-proposals/:proposalId/book')
  @RateLimited('bookingWrites')
  @Operation({
    id: 'bookScheduleProposal',
    summary: 'Book every appointment of a proposal, or none: 409 SCHEDULE.TAKEN_MEANWHILE carries a fresh proposal in details.proposal',
    status: 201,
    type: BookedScheduleView,
  })
  book(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Param('proposalId', ParseId) proposalId: string) {
    return this.proposals.book(principal, id, proposalId);
  }
}
